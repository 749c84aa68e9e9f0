import { beforeAll, expect, it } from 'vitest'

import { register } from '../../../src/registrations/register'
import { describeOnEachDatabase } from '../../helpers/describeOnEachDatabase'
import { postJson } from '../../helpers/portal'
import { createSession, registrant, statusCounts } from '../../helpers/registrationFixtures'
import { usePortal } from '../../helpers/usePortal'

await describeOnEachDatabase('trainer view of registrations', (database) => {
  const portal = usePortal(database)
  const users: Record<string, { id: number | string; token: string; user: Record<string, unknown> }> = {}
  let own: Awaited<ReturnType<typeof createSession>>
  let others: Awaited<ReturnType<typeof createSession>>

  const makeUser = async (key: string, role: string) => {
    const email = `${key}-${database.kind}@example.org`
    const created = await portal.payload.create({ collection: 'users', overrideAccess: true, data: { email, password: 'een-lang-wachtwoord-1', role, name: key } as never })
    const login = await portal.payload.login({ collection: 'users', data: { email, password: 'een-lang-wachtwoord-1' } })
    users[key] = { id: created.id, token: login.token as string, user: { ...created, collection: 'users' } }
  }

  beforeAll(async () => {
    await makeUser('trainer-a', 'trainer')
    await makeUser('trainer-b', 'trainer')
    await makeUser('redacteur', 'redacteur')
    await makeUser('beheer', 'admin')
    own = await createSession(portal.payload, { capacity: 2, trainers: [users['trainer-a'].id], skjPoints: 12 })
    others = await createSession(portal.payload, { capacity: 2, trainers: [users['trainer-b'].id] })
    await postJson(`${portal.http.url}/api/registrations`, registrant(own.session.id, 1, { name: '=HYPERLINK("https://evil.example.net")', skjNumber: '123456789' }))
    await postJson(`${portal.http.url}/api/registrations`, registrant(own.session.id, 2, { organisation: 'Team; "Oost"' }))
    await postJson(`${portal.http.url}/api/registrations`, registrant(own.session.id, 3))
    await postJson(`${portal.http.url}/api/registrations`, registrant(others.session.id, 4))
  })

  const visible = async (key: string) =>
    (await portal.payload.find({ collection: 'registrations', overrideAccess: false, user: users[key].user, depth: 0, pagination: false })).docs

  it('shows trainers only the registrations of their own sessions, through the copied training', async () => {
    expect((await visible('trainer-a')).map((r) => r.email).sort()).toEqual(['deelnemer1@example.org', 'deelnemer2@example.org', 'deelnemer3@example.org'])
    expect((await visible('trainer-b')).map((r) => r.email)).toEqual(['deelnemer4@example.org'])
    // Editors run the portal's content, not the courses' participant lists.
    await expect(visible('redacteur')).rejects.toThrow(/niet uitvoeren/)
    expect(await visible('beheer')).toHaveLength(4)
    // Bookkeeping never leaves the server, not even for an admin.
    expect(JSON.stringify(await visible('beheer'))).not.toMatch(/activeKey|cancelTokenHash|cancelTokenSalt/)
  })

  it('exports CSV for the logged-in trainer only, safe to open in a spreadsheet', async () => {
    const anonymous = await fetch(`${portal.http.url}/api/registrations/export.csv?session=${own.session.id}`)
    expect(anonymous.status).toBe(401)

    const response = await fetch(`${portal.http.url}/api/registrations/export.csv?session=${own.session.id}`, { headers: { Authorization: `JWT ${users['trainer-a'].token}` } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toContain(`inschrijvingen-sessie-${own.session.id}.csv`)
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const lines = csv.slice(1).trim().split('\r\n')
    // The SKJ number for crediting points; no empty "Persoonsgegevens" column.
    expect(lines[0]).toBe('Training;Sessie;Begint;Volgnummer;Status;Naam;E-mail;Organisatie;Functie;SKJ-registratienummer;SKJ-punten;Ingeschreven op')
    expect(lines).toHaveLength(4)
    expect(csv).toContain(`'=HYPERLINK(""https://evil.example.net"")`)
    expect(csv).toContain('"Team; ""Oost"""')
    expect(lines[1].split(';')[9]).toBe('123456789')
    expect(lines[1].split(';')[10]).toBe('12')
    expect(csv).toContain('Wachtlijst')

    // Asking for another trainer's session gives an empty list, not their data.
    const foreign = await fetch(`${portal.http.url}/api/registrations/export.csv?session=${others.session.id}`, { headers: { Authorization: `JWT ${users['trainer-a'].token}` } })
    expect((await foreign.text()).trim().split('\r\n')).toHaveLength(1)
    const all = await fetch(`${portal.http.url}/api/registrations/export.csv`, { headers: { Authorization: `JWT ${users['trainer-a'].token}` } })
    expect(await all.text()).not.toContain('deelnemer4@example.org')
    for (const bad of ['1;drop', 'abc', '-1', '99999999999999999999']) {
      const response = await fetch(`${portal.http.url}/api/registrations/export.csv?session=${encodeURIComponent(bad)}`, { headers: { Authorization: `JWT ${users['trainer-a'].token}` } })
      expect(response.status, bad).toBe(400)
    }
  })

  it('lets a trainer mark attendance and cancel, but not skip the waitlist or touch others', async () => {
    const mine = await visible('trainer-a')
    const confirmed = mine.find((r) => r.status === 'confirmed')!
    const waiting = mine.find((r) => r.status === 'waitlist')!
    const trainer = users['trainer-a'].user

    const attended = await portal.payload.update({ collection: 'registrations', id: confirmed.id, data: { status: 'attended' }, overrideAccess: false, user: trainer })
    expect(attended.status).toBe('attended')
    const back = await portal.payload.update({ collection: 'registrations', id: confirmed.id, data: { status: 'confirmed', name: 'Andere naam' }, overrideAccess: false, user: trainer })
    expect(back.status).toBe('confirmed')
    // Personal data is the registrant's; a trainer cannot rewrite it.
    expect(back.name).toBe(confirmed.name)

    const skipped = await portal.payload
      .update({ collection: 'registrations', id: waiting.id, data: { status: 'confirmed' }, overrideAccess: false, user: trainer })
      .catch((error: { data?: { errors?: { path: string; message: string }[] } }) => error)
    expect((skipped as { data?: { errors?: { path: string; message: string }[] } }).data?.errors?.[0]).toMatchObject({
      path: 'status',
      message: expect.stringMatching(/kan niet met de hand/),
    })

    const foreign = (await visible('trainer-b'))[0]
    await expect(
      portal.payload.update({ collection: 'registrations', id: foreign.id, data: { status: 'attended' }, overrideAccess: false, user: trainer }),
    ).rejects.toThrow()

    // Cancelling by hand frees the place for the first on the waitlist.
    await portal.payload.update({ collection: 'registrations', id: confirmed.id, data: { status: 'cancelled' }, overrideAccess: false, user: trainer })
    const counts = await statusCounts(portal.payload, own.session.id)
    expect(counts).toMatchObject({ confirmed: 2, waitlist: 0, cancelled: 1 })
    expect(counts.docs.find((d) => d.id === waiting.id)?.status).toBe('confirmed')
    const session = await portal.payload.findByID({ collection: 'training-sessions', id: own.session.id, overrideAccess: true, depth: 0 })
    expect(session.confirmedCount).toBe(2)
  })

  it('pages through a list of registrations that arrived at the same moment without skipping or repeating one', async () => {
    // Registrations that come in together (a busy morning, two instances) can share a createdAt
    // to the millisecond; a list sorted on that alone pages unstably on PostgreSQL.
    const { session } = await createSession(portal.payload, { capacity: 60, trainers: [users['trainer-a'].id] })
    for (let i = 0; i < 45; i++) await register(portal.payload, registrant(session.id, 200 + i))
    const moment = new Date().toISOString()
    await portal.payload.db.updateMany({ collection: 'registrations', where: { session: { equals: session.id } }, data: { createdAt: moment } })

    const seen: (number | string)[] = []
    for (let page = 1; page <= 10; page++) {
      const response = await fetch(`${portal.http.url}/api/registrations?where[session][equals]=${session.id}&limit=7&page=${page}&depth=0`, {
        headers: { Authorization: `JWT ${users.beheer.token}` },
      })
      const body = (await response.json()) as { docs: { id: number | string }[]; hasNextPage: boolean }
      seen.push(...body.docs.map((doc) => doc.id))
      if (!body.hasNextPage) break
    }
    expect(seen).toHaveLength(45)
    expect(new Set(seen).size).toBe(45)
  })

  it('keeps the place counters out of reach of the session form', async () => {
    const trainer = users['trainer-a'].user
    const before = await portal.payload.findByID({ collection: 'training-sessions', id: own.session.id, overrideAccess: true, depth: 0 })
    await portal.payload.update({ collection: 'training-sessions', id: own.session.id, data: { confirmedCount: 0, label: 'Nieuwe naam' } as never, overrideAccess: false, user: trainer })
    const after = await portal.payload.findByID({ collection: 'training-sessions', id: own.session.id, overrideAccess: true, depth: 0 })
    expect(after.label).toBe('Nieuwe naam')
    expect(after.confirmedCount).toBe(before.confirmedCount)
  })

  it('gives the place of a deleted registration to the waitlist and keeps sessions with people from being deleted', async () => {
    const { session } = await createSession(portal.payload, { capacity: 1, trainers: [users['trainer-a'].id] })
    for (const i of [41, 42]) await postJson(`${portal.http.url}/api/registrations`, registrant(session.id, i))
    const [first] = (await statusCounts(portal.payload, session.id)).docs.filter((d) => d.status === 'confirmed')
    await portal.payload.delete({ collection: 'registrations', id: first.id, overrideAccess: false, user: users.beheer.user })
    const counts = await statusCounts(portal.payload, session.id)
    expect(counts).toMatchObject({ total: 1, confirmed: 1, waitlist: 0 })
    expect((await portal.payload.findByID({ collection: 'training-sessions', id: session.id, overrideAccess: true })).confirmedCount).toBe(1)

    const refused = await portal.payload
      .delete({ collection: 'training-sessions', id: session.id, overrideAccess: false, user: users['trainer-a'].user })
      .catch((error: Error & { status?: number }) => error)
    expect((refused as { status?: number }).status).toBe(409)
    expect((refused as Error).message).toMatch(/Zet de status op "Geannuleerd"/)
    const { session: empty } = await createSession(portal.payload, { trainers: [users['trainer-a'].id] })
    await portal.payload.delete({ collection: 'training-sessions', id: empty.id, overrideAccess: false, user: users['trainer-a'].user })
  })

  it('moves the waitlist up when a trainer adds places', async () => {
    const { session } = await createSession(portal.payload, { capacity: 1, trainers: [users['trainer-a'].id] })
    for (const i of [31, 32, 33]) await postJson(`${portal.http.url}/api/registrations`, registrant(session.id, i))
    await portal.payload.update({ collection: 'training-sessions', id: session.id, data: { capacity: 2 }, overrideAccess: false, user: users['trainer-a'].user })
    const counts = await statusCounts(portal.payload, session.id)
    expect(counts).toMatchObject({ confirmed: 2, waitlist: 1 })
    expect(counts.docs.find((d) => d.status === 'waitlist')?.email).toBe('deelnemer33@example.org')
  })
})
