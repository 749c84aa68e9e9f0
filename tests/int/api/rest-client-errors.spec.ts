import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { proxy } from '../../../proxy'
import { guardRest } from '../../../src/api/guardRest'
import { testDatabases } from '../../helpers/databases'
import { restHandler, routeContext } from '../../helpers/restHandler'
import { usePayload } from '../../helpers/usePayload'

const sqlite = (await testDatabases()).find((database) => database.kind === 'sqlite')!

describe('bad requests get 4xx with a Dutch message, not 500 (REST)', () => {
  const portal = usePayload(sqlite)
  const call = (method: string, path: string) =>
    restHandler(portal)(new Request(`http://localhost${path}`, { method }), routeContext(path.split('?')[0]))

  it.each([
    ['POST', '/api/users/verify/x', 404, /niet via een link bevestigd/],
    ['GET', '/api/pages?where[createdAt][greater_than]=x', 400, /verwacht een datum/],
    ['GET', '/api/pages?where[createdAt][equals]=x', 400, /verwacht een datum/],
    ['GET', '/api/vacancies?where[or][0][closingDate][less_than]=morgen', 400, /verwacht een datum/],
    ['GET', '/api/pages?where[id][near]=1', 400, /"near" werkt niet op "id"/],
    ['GET', '/api/pages?where[title][within]=1', 400, /"within" werkt niet op "title"/],
    ['GET', '/api/pages?where[title][bogus]=1', 400, /Onbekend filter/],
    ['GET', '/api/pages/abc', 404, /Niet gevonden/],
  ])('%s %s → %i', async (method, path, status, message) => {
    const response = await call(method, path)
    expect(response.status).toBe(status)
    expect((await response.json()).errors[0].message).toMatch(message)
  })

  it('answers a copy that keeps its array rows’ ids with 400 in Dutch and stores nothing of it', async () => {
    // Payload's PostgreSQL adapter makes this conflict a 400 itself; on SQLite it arrived as a 500.
    const email = `rij-${Date.now()}@example.org`
    await portal.payload.create({ collection: 'users', data: { email, password: 'rij-wachtwoord-123!', role: 'admin', name: 'Rij' } as never, overrideAccess: true })
    const { token } = await portal.payload.login({ collection: 'users', data: { email, password: 'rij-wachtwoord-123!' } })
    const post = (body: unknown) =>
      guardRest(restHandler(portal), portal.payload.config)(
        new Request('http://localhost/api/pages', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
          body: JSON.stringify(body),
        }),
        routeContext('/api/pages'),
      )
    const rows = [{ id: '6650f0c2a1b2c3d4e5f60718', date: '2026-11-01T00:00:00.000Z', note: 'Eerste versie.' }]
    expect((await post({ title: 'Origineel', changeNotes: rows, _status: 'published' })).status).toBe(201)
    const copy = await post({ title: 'Kopie met dezelfde rij', changeNotes: rows, _status: 'published' })
    expect(copy.status).toBe(400)
    expect(JSON.stringify(await copy.json())).toMatch(/id die al bij een ander document hoort/)
    const stored = await portal.payload.count({ collection: 'pages', where: { title: { equals: 'Kopie met dezelfde rij' } }, overrideAccess: true })
    expect(stored.totalDocs).toBe(0)
    // The same copy without the row ids is fine.
    const clean = await post({ title: 'Kopie zonder rij-id', changeNotes: rows.map(({ id: _id, ...row }) => row), _status: 'published' })
    expect(clean.status).toBe(201)
  })

  it('still answers good queries', async () => {
    for (const path of [
      '/api/pages?where[createdAt][greater_than]=2020-01-01',
      '/api/pages?where[id][equals]=1',
      '/api/vacancies?where[closingDate][in]=2026-01-01,2026-02-01',
    ]) {
      expect((await call('GET', path)).status, path).toBe(200)
    }
  })
})

describe('proxy: broken %-encoding in a path', () => {
  it('answers 400 in Dutch for /bouwstenen/%ZZ and leaves good paths alone', async () => {
    const bad = proxy(new NextRequest('http://localhost/bouwstenen/%ZZ'))
    expect(bad.status).toBe(400)
    expect(await bad.text()).toMatch(/ongeldig/)
    expect(proxy(new NextRequest('http://localhost/bouwstenen/veiligheid%20eerst')).status).toBe(200)
    // The admin still gets its language cookie.
    expect(proxy(new NextRequest('http://localhost/admin')).cookies.get('payload-lng')?.value).toBe('nl')
  })
})
