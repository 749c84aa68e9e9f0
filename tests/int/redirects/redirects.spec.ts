import { beforeAll, expect, it } from 'vitest'

import type { Redirect, User } from '../../../payload-types'
import { FROM_MESSAGE, LOOP_MESSAGE } from '../../../collections/Redirects/hooks/checkRedirect'
import { findRedirect } from '../../../src/redirects/findRedirect'
import { editorialUsers, type EditorialUsers, unique } from '../../helpers/accessFixtures'
import { describeOnEachDatabase } from '../../helpers/describeOnEachDatabase'
import { usePayload } from '../../helpers/usePayload'

/**
 * Redirects (src/redirects/, collections/Redirects): a slug change of a published document writes
 * one, chains collapse, loops are refused in Dutch, and only the project office writes them by hand.
 * `findRedirect` is what the site's 404 path asks, as a visitor.
 */

const SYSTEM = { overrideAccess: true, depth: 0 } as const
type Refusal = { status?: number; message?: string; data?: { errors?: { path: string; message: string }[] } }
const failure = (run: () => Promise<unknown>) => run().then(() => null, (error: unknown) => error as Refusal)

await describeOnEachDatabase('redirects', (database) => {
  const portal = usePayload(database)
  let users: EditorialUsers
  const as = (user: User | null) => ({ overrideAccess: false as const, depth: 0, ...(user ? { user } : {}) })

  const page = async (slug: string) =>
    (await portal.payload.create({ collection: 'pages', data: { title: `Pagina ${slug}`, slug, _status: 'published' }, ...SYSTEM })).id
  const rename = (id: number | string, slug: string, user: User = users.redacteur) =>
    portal.payload.update({ collection: 'pages', id, data: { slug, _status: 'published' }, ...as(user) })
  const redirectsFrom = async (from: string) =>
    (await portal.payload.find({ collection: 'redirects', where: { from: { equals: from } }, ...SYSTEM })).docs as Redirect[]
  const custom = (from: string, url: string, user: User | null = users.redacteur) =>
    portal.payload.create({ collection: 'redirects', data: { from, to: { type: 'custom', url } }, ...as(user) })

  beforeAll(async () => {
    users = await editorialUsers(portal.payload)
  })

  it('writes a permanent redirect when a published slug changes, and the old URL leads to the new one', async () => {
    const id = await page('oude-naam')
    await rename(id, 'nieuwe-naam')
    const [written] = await redirectsFrom('/paginas/oude-naam')
    expect(written).toMatchObject({ origin: 'slug', to: { type: 'reference', reference: { relationTo: 'pages', value: id } } })
    expect(await findRedirect(portal.payload, '/paginas/oude-naam')).toBe('/paginas/nieuwe-naam')
    // The address a visitor typed with a trailing slash or a query is the same address.
    expect(await findRedirect(portal.payload, '/paginas/oude-naam/')).toBe('/paginas/nieuwe-naam')
    expect(await findRedirect(portal.payload, '/paginas/nieuwe-naam')).toBeNull()
  })

  it('collapses chains: A→B then B→C makes A→C, and moving back to A frees A', async () => {
    const id = await page('stap-a')
    await rename(id, 'stap-b')
    await rename(id, 'stap-c')
    expect(await findRedirect(portal.payload, '/paginas/stap-a')).toBe('/paginas/stap-c')
    expect(await findRedirect(portal.payload, '/paginas/stap-b')).toBe('/paginas/stap-c')
    await rename(id, 'stap-a')
    expect(await redirectsFrom('/paginas/stap-a')).toHaveLength(0)
    expect(await findRedirect(portal.payload, '/paginas/stap-c')).toBe('/paginas/stap-a')
    expect(await findRedirect(portal.payload, '/paginas/stap-a')).toBeNull()

    // Hand-made chains too, in both orders.
    await custom('/keten-x', '/keten-y')
    await custom('/keten-y', '/paginas/stap-a')
    expect((await redirectsFrom('/keten-x'))[0]?.to?.url).toBe('/paginas/stap-a')
    await custom('/keten-z', '/keten-x')
    expect((await redirectsFrom('/keten-z'))[0]?.to?.url).toBe('/paginas/stap-a')
    // A custom target that becomes an old slug follows the document.
    const moving = await page('verhuist')
    await custom('/kort-adres', '/paginas/verhuist')
    await rename(moving, 'verhuisd')
    expect(await findRedirect(portal.payload, '/kort-adres')).toBe('/paginas/verhuisd')
  })

  it('writes nothing for a draft with another slug until it is published', async () => {
    const id = await page('concept-oud')
    await portal.payload.update({ collection: 'pages', id, data: { slug: 'concept-nieuw' }, draft: true, ...as(users.redacteur) })
    expect(await redirectsFrom('/paginas/concept-oud')).toHaveLength(0)
    await portal.payload.update({ collection: 'pages', id, data: { _status: 'published' }, ...as(users.redacteur) })
    expect(await findRedirect(portal.payload, '/paginas/concept-oud')).toBe('/paginas/concept-nieuw')
  })

  it('does not lead visitors to a document that is no longer published', async () => {
    const id = await page('ingetrokken-oud')
    await rename(id, 'ingetrokken-nieuw')
    expect(await findRedirect(portal.payload, '/paginas/ingetrokken-oud')).toBe('/paginas/ingetrokken-nieuw')
    await portal.payload.update({ collection: 'pages', id, data: { _status: 'draft' }, ...SYSTEM })
    expect(await findRedirect(portal.payload, '/paginas/ingetrokken-oud')).toBeNull()
  })

  it('refuses loops and addresses that are no path of the site, in Dutch', async () => {
    await custom('/kring-a', '/kring-b')
    const loop = await failure(() => custom('/kring-b', '/kring-a'))
    expect(loop?.status).toBe(400)
    expect(loop?.data?.errors?.[0]).toEqual({ path: 'to.url', message: LOOP_MESSAGE('/kring-b') })
    expect(await redirectsFrom('/kring-b')).toHaveLength(0)

    const self = await failure(() => custom('/zelf', '/zelf/'))
    expect(self?.data?.errors?.[0]?.message).toBe(LOOP_MESSAGE('/zelf'))

    const id = await page('eigen-adres')
    const toItself = await failure(() =>
      portal.payload.create({ collection: 'redirects', data: { from: '/paginas/eigen-adres', to: { type: 'reference', reference: { relationTo: 'pages', value: id } } }, ...as(users.redacteur) }),
    )
    expect(toItself?.data?.errors?.[0]).toEqual({ path: 'to.reference', message: LOOP_MESSAGE('/paginas/eigen-adres') })

    for (const from of ['/admin/collections', '/api/pages', 'geen pad', '//elders.example.org/x']) {
      const refused = await failure(() => custom(from, '/paginas/eigen-adres'))
      expect(refused?.status, from).toBe(400)
      expect(refused?.data?.errors?.[0], from).toEqual({ path: 'from', message: FROM_MESSAGE })
    }
  })

  it('lets only the project office write redirects; anyone reads them', async () => {
    // Its target is an old address itself, so it is stored collapsed: straight to that document.
    const made = await custom('/alleen-redactie', '/paginas/oude-naam')
    expect(made.to).toMatchObject({ type: 'reference', reference: { relationTo: 'pages' } })
    for (const user of [users.regioredacteur, users.werver, null]) {
      const who = user?.role ?? 'bezoeker'
      expect((await failure(() => custom(`/${unique('poging')}`, '/paginas/x', user)))?.status, `${who} create`).toBe(403)
      const update = await failure(() => portal.payload.update({ collection: 'redirects', id: made.id, data: { to: { type: 'custom', url: '/elders' } }, ...as(user) }))
      expect(update?.status, `${who} update`).toBe(403)
      expect((await failure(() => portal.payload.delete({ collection: 'redirects', id: made.id, ...as(user) })))?.status, `${who} delete`).toBe(403)
      const read = await portal.payload.findByID({ collection: 'redirects', id: made.id, ...as(user) })
      expect(read.from, `${who} read`).toBe('/alleen-redactie')
    }
    // A regional editor's slug change still writes its redirect: the system writes it.
    const region = (await portal.payload.find({ collection: 'regions', limit: 1, ...SYSTEM })).docs[0]!
    const pilot = await portal.payload.create({
      collection: 'pilots',
      data: { title: 'Tuin', slug: 'tuin-oud', region: region.id, pilotStatus: 'lopend', startDate: '2026-01-01', aim: 'Samen werken', _status: 'published' },
      ...SYSTEM,
    })
    await portal.payload.update({ collection: 'pilots', id: pilot.id, data: { slug: 'tuin-nieuw', _status: 'published' }, ...as(users.regioredacteur) })
    expect(await findRedirect(portal.payload, '/toekomsttuinen/tuin-oud')).toBe('/toekomsttuinen/tuin-nieuw')
  })
})
