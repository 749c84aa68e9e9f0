import { expect, it } from 'vitest'

import { describeOnEachDatabase } from '../../helpers/describeOnEachDatabase'
import { postJson } from '../../helpers/portal'
import { createSession, registrant, statusCounts } from '../../helpers/registrationFixtures'
import { usePortal } from '../../helpers/usePortal'

await describeOnEachDatabase('registrations over HTTP', (database) => {
  // No mail server: registering must not depend on one.
  const portal = usePortal(database)

  const endpoint = () => `${portal.http.url}/api/registrations`

  it('registers through the custom endpoint and lets the server decide the status', async () => {
    const { session, training } = await createSession(portal.payload, { capacity: 1 })
    const first = await postJson(endpoint(), registrant(session.id, 1))
    expect(first.status).toBe(201)
    expect(first.json).toEqual({ status: 'confirmed', message: expect.stringContaining('ingeschreven') })
    // The client cannot choose its status.
    const second = await postJson(endpoint(), registrant(session.id, 2, { status: 'confirmed', position: 1 }))
    expect(second.status).toBe(201)
    expect(second.json?.status).toBe('waitlist')

    const counts = await statusCounts(portal.payload, session.id)
    expect(counts).toMatchObject({ confirmed: 1, waitlist: 1 })
    const stored = await portal.payload.find({ collection: 'registrations', where: { session: { equals: session.id } }, overrideAccess: true, depth: 0, sort: 'position' })
    expect(stored.docs.map((d) => d.position)).toEqual([1, 2])
    expect(stored.docs[0].training).toBe(training.id)
    const jobs = await portal.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendRegistrationMail' } }, overrideAccess: true, depth: 0 })
    expect(jobs.docs.map((j) => (j.input as { template: string }).template)).toEqual(['registered', 'registered'])
  })

  it('refuses a second registration for the same address, whatever its case', async () => {
    const { session } = await createSession(portal.payload)
    expect((await postJson(endpoint(), registrant(session.id, 7))).status).toBe(201)
    const again = await postJson(endpoint(), registrant(session.id, 7, { email: ' Deelnemer7@Example.org ' }))
    expect(again.status).toBe(409)
    expect(again.json?.message).toBe('U staat al ingeschreven voor deze sessie')
    expect((await statusCounts(portal.payload, session.id)).total).toBe(1)
  })

  it('answers bad input with a Dutch 4xx and stores nothing', async () => {
    const { session } = await createSession(portal.payload)
    const { session: closed } = await createSession(portal.payload, { opensInDays: -5, closesInDays: -1 })
    const { session: notYet } = await createSession(portal.payload, { opensInDays: 2, closesInDays: 5 })
    const { session: past } = await createSession(portal.payload, { startsInDays: -1, opensInDays: -10, closesInDays: -2 })
    const { session: cancelled } = await createSession(portal.payload, { status: 'cancelled' })
    const { session: draft } = await createSession(portal.payload, { published: false })
    const ok = registrant(session.id, 1)
    const cases: [string, unknown, number, RegExp][] = [
      ['invalid e-mail', { ...ok, email: 'geen-adres' }, 400, /geldig e-mailadres/],
      ['e-mail with a space', { ...ok, email: 'a b@example.org' }, 400, /geldig e-mailadres/],
      ['missing name', { ...ok, name: undefined }, 400, /naam/],
      ['empty organisation', { ...ok, organisation: '   ' }, 400, /organisatie/],
      ['missing function', { ...ok, function: undefined }, 400, /functie/],
      ['no consent', { ...ok, consent: false }, 400, /toestemming/],
      ['consent as a string', { ...ok, consent: 'true' }, 400, /toestemming/],
      ['name not text', { ...ok, name: { first: 'x' } }, 400, /tekst/],
      ['oversized name', { ...ok, name: 'x'.repeat(121) }, 400, /hoogstens 120/],
      ['oversized organisation', { ...ok, organisation: 'x'.repeat(161) }, 400, /hoogstens 160/],
      ['oversized e-mail', { ...ok, email: `${'x'.repeat(250)}@example.org` }, 400, /hoogstens 254/],
      ['oversized body', { ...ok, function: 'x'.repeat(20_000) }, 413, /te groot/],
      ['no session', { ...ok, session: undefined }, 400, /Kies een sessie/],
      ['unknown session id', { ...ok, session: 987654 }, 404, /bestaat niet/],
      ['session id of another kind', { ...ok, session: 'abc' }, 400, /Kies een sessie/],
      ['session of an unpublished training', { ...ok, session: draft.id }, 404, /bestaat niet/],
      ['closed window', { ...ok, session: closed.id }, 409, /gesloten/],
      ['window not yet open', { ...ok, session: notYet.id }, 409, /nog niet geopend/],
      ['past session', { ...ok, session: past.id }, 409, /voorbij/],
      ['cancelled session', { ...ok, session: cancelled.id }, 409, /gaat niet door/],
      ['malformed JSON', '{"session": 1, "name": ', 400, /kon niet worden gelezen/],
      ['JSON that is not an object', '[1,2,3]', 400, /kon niet worden gelezen/],
    ]
    const before = await portal.payload.count({ collection: 'registrations', overrideAccess: true })
    const jobsBefore = await portal.payload.count({ collection: 'payload-jobs', overrideAccess: true })
    for (const [label, body, status, message] of cases) {
      const response = await postJson(endpoint(), body)
      expect(response.status, label).toBe(status)
      expect(response.json?.message ?? '', label).toMatch(/[a-z]/)
      const text = [response.json?.message, ...((response.json?.errors as { message: string }[] | undefined) ?? []).map((e) => e.message)].join(' ')
      expect(text, label).toMatch(message)
    }
    const wrongType = await fetch(endpoint(), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(ok) })
    expect(wrongType.status).toBe(415)
    const after = await portal.payload.count({ collection: 'registrations', overrideAccess: true })
    expect(after.totalDocs).toBe(before.totalDocs)
    // Nothing was queued either: no mail goes out for a refused registration.
    const jobsAfter = await portal.payload.count({ collection: 'payload-jobs', overrideAccess: true })
    expect(jobsAfter.totalDocs).toBe(jobsBefore.totalDocs)
  })

  it('keeps the built-in REST operations closed to visitors', async () => {
    const { session } = await createSession(portal.payload)
    await postJson(endpoint(), registrant(session.id, 1))
    const list = await fetch(endpoint())
    expect(list.status).toBe(403)
    const [doc] = (await statusCounts(portal.payload, session.id)).docs
    const patch = await fetch(`${endpoint()}/${doc.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'cancelled' }),
    })
    expect(patch.status).toBe(403)
    const remove = await fetch(`${endpoint()}/${doc.id}`, { method: 'DELETE' })
    expect(remove.status).toBe(403)
  })

  it('holds capacity exactly under 100 parallel HTTP registrations', async () => {
    const { session } = await createSession(portal.payload, { capacity: 10 })
    const responses = await Promise.all(Array.from({ length: 100 }, (_, i) => postJson(endpoint(), registrant(session.id, 1000 + i))))
    expect(responses.map((r) => r.status).filter((s) => s !== 201)).toEqual([])
    expect(responses.filter((r) => r.json?.status === 'confirmed')).toHaveLength(10)
    expect(responses.filter((r) => r.json?.status === 'waitlist')).toHaveLength(90)

    const counts = await statusCounts(portal.payload, session.id)
    expect(counts).toMatchObject({ total: 100, confirmed: 10, waitlist: 90 })
    expect(new Set(counts.docs.map((d) => d.email)).size).toBe(100)
    const positions = counts.docs.map((d) => d.position).sort((a, b) => Number(a) - Number(b))
    expect(positions).toEqual(Array.from({ length: 100 }, (_, i) => i + 1))
    // Arrival order decides: the first ten arrivals hold the places.
    expect(counts.docs.filter((d) => d.status === 'confirmed').map((d) => Number(d.position)).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 10 }, (_, i) => i + 1),
    )
    const stored = await portal.payload.findByID({ collection: 'training-sessions', id: session.id, overrideAccess: true, depth: 0 })
    expect(stored.confirmedCount).toBe(10)
  })

  it('lets only one of 20 parallel duplicates through', async () => {
    const { session } = await createSession(portal.payload, { capacity: 5 })
    const responses = await Promise.all(Array.from({ length: 20 }, () => postJson(endpoint(), registrant(session.id, 42))))
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1)
    expect(responses.filter((r) => r.status === 409).every((r) => r.json?.message === 'U staat al ingeschreven voor deze sessie')).toBe(true)
    expect(responses.filter((r) => r.status === 409)).toHaveLength(19)
    const counts = await statusCounts(portal.payload, session.id)
    expect(counts.total).toBe(1)
    const stored = await portal.payload.findByID({ collection: 'training-sessions', id: session.id, overrideAccess: true, depth: 0 })
    expect(stored.confirmedCount).toBe(1)
  })
})
