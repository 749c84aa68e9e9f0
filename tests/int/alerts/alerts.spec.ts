import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { buildDigests } from '../../../src/alerts/digest'
import { matchingFacetLists } from '../../../src/alerts/finders'
import { handleAlertForm } from '../../../src/alerts/formPost'
import { eraseStaleAlerts } from '../../../src/alerts/retention'
import { BUILDING_BLOCK_STATUS } from '../../../src/constants/taxonomy'
import { describeOnEachDatabase } from '../../helpers/describeOnEachDatabase'
import { postJson, runMailQueue } from '../../helpers/portal'
import { refuseInserts } from '../../helpers/refuseInserts'
import { usePortal } from '../../helpers/usePortal'
import { makeVacancy, type VacancyWorld, vacancyWorld } from '../../helpers/vacancyFixtures'

process.env.MAIL_RETRY_DELAY_MS = '50'

const PHASE = BUILDING_BLOCK_STATUS[0].value
const DAY = 24 * 60 * 60 * 1000

const to = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address
const header = (mail: ParsedMail, name: string) =>
  mail.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '')
const linkToken = (mail: ParsedMail, path: string) => {
  const match = String(mail.text).match(new RegExp(`${path.replace(/[/?]/g, '\\$&')}\\?token=([A-Za-z0-9_-]{43})`))
  if (!match) throw new Error(`no ${path} link in: ${mail.text}`)
  return match[1]
}

await describeOnEachDatabase('e-mail alerts', (database) => {
  const portal = usePortal(database, { smtp: true })
  let payload: Payload
  let world: VacancyWorld

  const mailsTo = (address: string) => portal.smtp.messages.filter((m) => to(m) === address)
  const count = async (collection: 'alert-subscriptions' | 'alert-lists' | 'payload-jobs') =>
    (await payload.count({ collection, overrideAccess: true })).totalDocs
  const subscriptionsOf = async (email: string) =>
    (await payload.count({ collection: 'alert-subscriptions', where: { email: { equals: email } }, overrideAccess: true })).totalDocs
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    postJson(`${portal.http.url}/api/alerts/${path}`, body, headers)

  beforeAll(async () => {
    payload = portal.payload
    world = await vacancyWorld(payload)
    await makeVacancy(payload, world, { region: 'rivierenland', title: 'Bestaande vacature Tiel' })
  })

  it('subscribe → confirm → the next matching vacancy arrives, a non-matching one does not → unsubscribe once stops the mail', async () => {
    const email = 'volger@example.org'
    const rivierenland = world.regions.rivierenland.slug
    const subscribed = await post('subscribe', {
      email: 'Volger@Example.org ',
      frequency: 'immediately',
      filters: { regio: rivierenland },
    })
    expect(subscribed.status).toBe(202)
    expect(subscribed.json?.message).toMatch(/^Bijna klaar/)
    // The same filters a second time: the same subscriber list, stored once.
    const again = await post('subscribe', { email: 'ander@example.org', filters: { regio: [rivierenland] } })
    expect(again.status).toBe(202)
    expect(await count('alert-lists')).toBe(1)

    await runMailQueue(payload)
    const [confirmation] = mailsTo(email)
    expect(mailsTo(email)).toHaveLength(1)
    expect(confirmation.subject).toBe('Bevestig uw e-mailmelding: Vacatures in Rivierenland')
    expect(header(confirmation, 'list-unsubscribe')).toMatch(
      /^<http.+\/api\/alerts\/unsubscribe\?token=[A-Za-z0-9_-]{43}>$/,
    )
    expect(header(confirmation, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
    const confirmToken = linkToken(confirmation, '/meldingen/bevestigen')

    // Stored: the address, the list, frequency and hashes; never a token.
    const { docs } = await payload.find({
      collection: 'alert-subscriptions',
      where: { email: { equals: email } },
      overrideAccess: true,
      depth: 0,
    })
    expect(Object.keys(docs[0]).sort()).toEqual(
      [
        'confirmTokenHash',
        'confirmedAt',
        'createdAt',
        'email',
        'frequency',
        'id',
        'list',
        'manageTokenHash',
        'uniqueKey',
        'updatedAt',
      ]
        .filter((k) => k in docs[0])
        .sort(),
    )
    expect(JSON.stringify(docs[0])).not.toContain(confirmToken)

    // Nothing is sent before confirmation, even when a matching vacancy appears.
    await makeVacancy(payload, world, { region: 'rivierenland', title: 'Voor bevestiging Culemborg' })
    expect((await buildDigests(payload, 'immediately')).digests).toBe(0)

    const confirmed = await post('confirm', { token: confirmToken })
    expect(confirmed.status).toBe(200)
    expect(confirmed.json?.message).toMatch(/bevestigd/)
    const replay = await post('confirm', { token: confirmToken })
    expect(replay.status).toBe(404)
    expect(replay.json?.message).toBe('Deze link is niet (meer) geldig. Misschien is hij al gebruikt of verlopen.')

    await makeVacancy(payload, world, { region: 'rivierenland', title: 'Gezinsvoogd Zaltbommel' })
    await makeVacancy(payload, world, { region: 'achterhoek', title: 'Gezinsvoogd Winterswijk' })
    const run = await buildDigests(payload, 'immediately')
    expect(run).toMatchObject({ digests: 1, deliveries: 1 })
    await runMailQueue(payload)
    const digest = mailsTo(email).at(-1) as ParsedMail
    expect(mailsTo(email)).toHaveLength(2)
    expect(digest.subject).toBe('Nieuw: Gezinsvoogd Zaltbommel')
    expect(digest.text).toContain('/vacatures/gezinsvoogd-zaltbommel')
    expect(digest.text).not.toMatch(/Winterswijk|Culemborg/)
    expect(header(digest, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')

    // A retried run, and two runs at once (two instances), send each change once.
    expect((await buildDigests(payload, 'immediately')).digests).toBe(0)
    await makeVacancy(payload, world, { region: 'rivierenland', title: 'Gedragswetenschapper Tiel' })
    const both = await Promise.all([buildDigests(payload, 'immediately'), buildDigests(payload, 'immediately')])
    expect(both[0].deliveries + both[1].deliveries).toBe(1)
    await runMailQueue(payload)
    expect(mailsTo(email)).toHaveLength(3)
    expect(mailsTo(email).at(-1)?.subject).toBe('Nieuw: Gedragswetenschapper Tiel')
    await runMailQueue(payload)
    expect(mailsTo(email)).toHaveLength(3)

    // One-click unsubscribe (RFC 8058): a POST to the header's URL. It works once.
    const unsubscribeUrl = (header(digest, 'list-unsubscribe') as string)
      .slice(1, -1)
      .replace(/^https?:\/\/[^/]+/, portal.http.url)
    const once = await fetch(unsubscribeUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(once.status).toBe(200)
    expect((await once.json()).message).toMatch(/afgemeld/)
    const twice = await fetch(unsubscribeUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(twice.status).toBe(404)
    expect(await subscriptionsOf(email)).toBe(0)
    await makeVacancy(payload, world, { region: 'rivierenland', title: 'Jeugdbeschermer Geldermalsen' })
    await buildDigests(payload, 'immediately')
    await runMailQueue(payload)
    expect(mailsTo(email)).toHaveLength(3)
  })

  it('the site forms: subscribe to "vacatures in Rivierenland", confirm, and receive the next matching vacancy', async () => {
    const email = 'formulier@example.org'
    const form = (action: string, body: string) =>
      handleAlertForm(
        payload,
        new Request(`http://localhost/meldingen/verzenden/${action}`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
          body,
        }),
        action,
      )
    const rivierenland = world.regions.rivierenland.slug

    const wrong = await form('aanmelden', `regio=${rivierenland}&email=niet-goed&frequency=daily`)
    expect(wrong.status).toBe(303)
    expect(wrong.headers.get('location')).toBe(
      `/meldingen/aanmelden?lijst=vacatures&regio=${rivierenland}&fout=email`,
    )
    const elsewhere = await handleAlertForm(
      payload,
      new Request('http://localhost/meldingen/verzenden/aanmelden', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example.org' },
        body: `email=${email}`,
      }),
      'aanmelden',
    )
    expect(elsewhere.status).toBe(403)
    expect(await subscriptionsOf(email)).toBe(0)

    const signup = await form('aanmelden', `regio=${rivierenland}&email=${encodeURIComponent(email)}&frequency=daily`)
    expect(signup.headers.get('location')).toBe('/meldingen/resultaat?bericht=aangemeld')
    await runMailQueue(payload)
    expect(mailsTo(email)).toHaveLength(1)
    const token = linkToken(mailsTo(email)[0], '/meldingen/bevestigen')
    expect((await form('bevestigen', `token=${token}`)).headers.get('location')).toBe(
      '/meldingen/resultaat?bericht=bevestigd',
    )
    expect((await form('bevestigen', `token=${token}`)).headers.get('location')).toBe(
      '/meldingen/resultaat?bericht=ongeldig',
    )

    await makeVacancy(payload, world, { region: 'rivierenland', title: 'Jeugdbeschermer Tiel Formulier' })
    await buildDigests(payload, 'daily')
    await runMailQueue(payload)
    expect(mailsTo(email)).toHaveLength(2)
    expect(mailsTo(email)[1].subject).toBe('Nieuw: Jeugdbeschermer Tiel Formulier')
    const manageToken = linkToken(mailsTo(email)[1], '/meldingen/beheren')
    expect((await form('afmelden', `token=${manageToken}`)).headers.get('location')).toBe(
      '/meldingen/resultaat?bericht=afgemeld',
    )
    expect((await form('afmelden', `token=${manageToken}`)).headers.get('location')).toBe(
      '/meldingen/resultaat?bericht=ongeldig',
    )
  })

  it('every finder: trainings in a region (new training, new session) and changed working methods of one building block', async () => {
    const email = 'alles-volger@example.org'
    const rivierenland = world.regions.rivierenland
    const achterhoek = world.regions.achterhoek
    const block = await payload.create({
      collection: 'building-blocks',
      overrideAccess: true,
      depth: 0,
      data: { title: 'Bouwsteen voor de meldingentest', slug: `bouwsteen-meldingen-${Date.now()}`, number: 7, aim: 'Testdoel', phase: PHASE, _status: 'published' } as never,
    })
    const otherBlock = await payload.create({
      collection: 'building-blocks',
      overrideAccess: true,
      depth: 0,
      data: { title: 'Andere bouwsteen', slug: `bouwsteen-anders-${Date.now()}`, number: 8, aim: 'Testdoel', phase: PHASE, _status: 'published' } as never,
    })

    // Unknown values and parameters of another finder are refused, nothing stored.
    const lists = await count('alert-lists')
    for (const filters of [{ regio: 'bestaat-niet' }, { vorm: 'per-post' }]) {
      const refused = await post('subscribe', { email, finder: 'scholing', filters })
      expect(refused.status, JSON.stringify(filters)).toBe(400)
      expect(refused.json?.message).toBe('Een van de filters bestaat niet (meer). Kies de filters opnieuw op de pagina.')
    }
    // A parameter of another finder was not sent by this finder's page.
    const foreign = await post('subscribe', { email, finder: 'scholing', filters: { functie: 'gezinsvoogd' } })
    expect(foreign.status).toBe(400)
    expect(foreign.json?.message).toMatch(/^Controleer de gegevens/)
    expect((await post('subscribe', { email, finder: 'nieuws', filters: {} })).status).toBe(400)
    expect(await count('alert-lists')).toBe(lists)

    for (const [finder, filters] of [
      ['scholing', { regio: rivierenland.slug }],
      ['werkwijzen', { bouwsteen: '7' }],
    ] as const) {
      expect((await post('subscribe', { email, finder, frequency: 'immediately', filters })).status).toBe(202)
    }
    await runMailQueue(payload)
    const confirmations = mailsTo(email)
    expect(confirmations.map((m) => m.subject).sort()).toEqual([
      'Bevestig uw e-mailmelding: Trainingen: Rivierenland',
      'Bevestig uw e-mailmelding: Werkwijzen: 7. Bouwsteen voor de meldingentest',
    ])
    for (const mail of confirmations) {
      expect((await post('confirm', { token: linkToken(mail, '/meldingen/bevestigen') })).status).toBe(200)
    }

    const training = async (title: string, regions: (number | string)[]) =>
      payload.create({
        collection: 'trainings',
        overrideAccess: true,
        depth: 0,
        data: { title, slug: `${title.toLowerCase().replace(/\W+/g, '-')}-${Date.now()}`, format: 'klassikaal', regions, _status: 'published' } as never,
      })
    const tiel = await training('Training in Tiel', [rivierenland.id])
    await training('Training in Winterswijk', [achterhoek.id])
    const method = async (title: string, blockId: number | string) =>
      payload.create({
        collection: 'working-methods',
        overrideAccess: true,
        depth: 0,
        data: { title, slug: `${title.toLowerCase().replace(/\W+/g, '-')}-${Date.now()}`, scope: 'gelderland', buildingBlocks: [blockId], _status: 'published' } as never,
      })
    const followed = await method('Werkwijze bij bouwsteen zeven', block.id)
    await method('Werkwijze bij bouwsteen acht', otherBlock.id)

    expect(await buildDigests(payload, 'immediately')).toMatchObject({ digests: 2, deliveries: 2 })
    await runMailQueue(payload)
    expect(mailsTo(email).slice(2).map((m) => m.subject).sort()).toEqual([
      'Nieuw: Training in Tiel',
      'Nieuw: Werkwijze bij bouwsteen zeven',
    ])

    // A new session of the followed training, and a change note: only the marked one is news.
    const startsAt = new Date(Date.now() + 40 * DAY)
    await payload.create({
      collection: 'training-sessions',
      overrideAccess: true,
      depth: 0,
      data: {
        training: tiel.id,
        label: 'Extra sessie',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3 * 60 * 60 * 1000).toISOString(),
        mode: 'locatie',
        location: 'Tiel',
        capacity: 12,
        registrationOpensAt: new Date().toISOString(),
        registrationClosesAt: new Date(startsAt.getTime() - DAY).toISOString(),
        status: 'scheduled',
      } as never,
    })
    await payload.update({
      collection: 'working-methods',
      id: followed.id,
      overrideAccess: true,
      depth: 0,
      data: { changeNotes: [{ date: new Date().toISOString(), note: 'Termijn aangepast', notifySubscribers: false }] } as never,
    })
    expect((await buildDigests(payload, 'immediately')).deliveries).toBe(1)
    await payload.update({
      collection: 'working-methods',
      id: followed.id,
      overrideAccess: true,
      depth: 0,
      data: {
        changeNotes: [
          { date: new Date().toISOString(), note: 'Termijn aangepast', notifySubscribers: false },
          { date: new Date().toISOString(), note: 'Nieuwe stap: overleg met de Raad', notifySubscribers: true },
        ],
      } as never,
    })
    expect((await buildDigests(payload, 'immediately')).deliveries).toBe(1)
    await runMailQueue(payload)
    // Two digests, one per subscription; the mail queue sends them in either order.
    const later = mailsTo(email).slice(4)
    expect(later).toHaveLength(2)
    const session = later.find((m) => /^Nieuw: Training in Tiel: sessie op /.test(m.subject ?? ''))
    const changed = later.find((m) => m.subject === 'Gewijzigd: Werkwijze bij bouwsteen zeven')
    expect(session, later.map((m) => m.subject).join(' | ')).toBeDefined()
    expect(changed, later.map((m) => m.subject).join(' | ')).toBeDefined()
    expect(changed!.text).toContain('Nieuwe stap: overleg met de Raad')
    expect(later.map((m) => String(m.text)).join(' ')).not.toMatch(/Winterswijk|bouwsteen acht|Termijn aangepast/)
  })

  it('matches a document against the stored lists of its own finder, by that finder’s facets', async () => {
    const rivierenland = world.regions.rivierenland
    const stamp = Date.now()
    const training = await payload.create({
      collection: 'trainings',
      overrideAccess: true,
      depth: 0,
      data: { title: 'Klassikale training', slug: `klassikaal-${stamp}`, format: 'klassikaal', regions: [rivierenland.id], _status: 'published' } as never,
    })
    // The form of a training is a facet of /scholing only: a list for online courses never gets it.
    const trainingLists = [
      { id: 'online', filters: { vorm: ['online'] } },
      { id: 'klassikaal', filters: { vorm: ['klassikaal'] } },
      { id: 'in-de-regio', filters: { regio: [rivierenland.slug] } },
      { id: 'elders', filters: { regio: ['achterhoek'] } },
    ]
    expect(await matchingFacetLists(payload, 'scholing', training, trainingLists)).toEqual(['klassikaal', 'in-de-regio'])

    const method = await payload.create({
      collection: 'working-methods',
      overrideAccess: true,
      depth: 0,
      data: { title: 'Werkwijze voor heel Gelderland', slug: `gelderland-${stamp}`, scope: 'gelderland', _status: 'published' } as never,
    })
    // "Heel Gelderland" is a region choice of /werkwijzen only.
    const methodLists = [
      { id: 'gelderland', filters: { regio: ['gelderland'] } },
      { id: 'elders', filters: { regio: ['achterhoek'] } },
    ]
    expect(await matchingFacetLists(payload, 'werkwijzen', method, methodLists)).toEqual(['gelderland'])
  })

  it('refuses bad input with a Dutch 4xx and stores and sends nothing', async () => {
    const before = {
      subscriptions: await count('alert-subscriptions'),
      lists: await count('alert-lists'),
      jobs: await count('payload-jobs'),
      mails: portal.smtp.messages.length,
    }
    const cases: [unknown, number, RegExp][] = [
      [{ email: 'geen-adres', filters: {} }, 400, /^Vul een geldig e-mailadres in\.$/],
      [{ email: 'a@example.org', filters: { regio: 'atlantis' } }, 400, /^Een van de filters bestaat niet/],
      [{ email: 'a@example.org', filters: { kleur: 'blauw' } }, 400, /^Controleer de gegevens/],
      [{ email: 'a@example.org', frequency: 'elk uur' }, 400, /^Kies hoe vaak/],
      [{ email: 'a@example.org', naam: 'Jan' }, 400, /^Controleer de gegevens/],
      ['{kapot', 400, /^Het verzoek kon niet worden gelezen/],
      [{ email: `${'a'.repeat(5000)}@example.org` }, 413, /te groot/],
    ]
    for (const [body, status, message] of cases) {
      const answer = await post('subscribe', body)
      expect(answer.status, JSON.stringify(body).slice(0, 80)).toBe(status)
      expect(answer.json?.message).toMatch(message)
    }
    const asText = await fetch(`${portal.http.url}/api/alerts/subscribe`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'email=a@example.org',
    })
    expect(asText.status).toBe(415)
    for (const token of ['', 'kort', 'A'.repeat(43), "' or 1=1 --"]) {
      expect((await post('confirm', { token })).status).toBe(404)
      expect((await post(`unsubscribe?token=${encodeURIComponent(token)}`, {})).status).toBe(404)
      expect((await post('frequency', { token, frequency: 'weekly' })).status).toBe(404)
    }
    await runMailQueue(payload)
    expect({
      subscriptions: await count('alert-subscriptions'),
      lists: await count('alert-lists'),
      jobs: await count('payload-jobs'),
      mails: portal.smtp.messages.length,
    }).toEqual(before)
  })

  it('manage link by e-mail, change of frequency; unconfirmed subscriptions are erased after 7 days', async () => {
    const email = 'beheer-test@example.org'
    await post('subscribe', { email, frequency: 'daily', filters: { uren: '32-plus' } })
    await runMailQueue(payload)
    expect((await post('confirm', { token: linkToken(mailsTo(email)[0], '/meldingen/bevestigen') })).status).toBe(200)
    expect((await post('manage-link', { email })).status).toBe(202)
    expect((await post('manage-link', { email: 'onbekend@example.org' })).json?.message).toMatch(
      /^Als er e-mailmeldingen/,
    )
    await runMailQueue(payload)
    const manage = mailsTo(email).at(-1) as ParsedMail
    expect(manage.subject).toMatch(/^Uw e-mailmelding beheren/)
    expect(mailsTo('onbekend@example.org')).toHaveLength(0)
    const token = linkToken(manage, '/meldingen/beheren')
    expect((await post('frequency', { token, frequency: 'weekly' })).status).toBe(200)
    const [stored] = (
      await payload.find({
        collection: 'alert-subscriptions',
        where: { email: { equals: email } },
        overrideAccess: true,
      })
    ).docs
    expect(stored.frequency).toBe('weekly')

    await post('subscribe', { email: 'vergeten@example.org', filters: {} })
    const erased = await eraseStaleAlerts(payload, new Date(Date.now() + 8 * DAY))
    expect(erased.unconfirmed).toBeGreaterThanOrEqual(1)
    const left = (await payload.find({ collection: 'alert-subscriptions', overrideAccess: true, limit: 100 })).docs
    expect(left.every((s) => s.confirmedAt)).toBe(true)
    expect(left.map((s) => s.email)).toContain(email)
  })

  it('a subscriber record that fails never undoes the save it belongs to', async () => {
    // A matching list, then every insert of a change refused by the database itself.
    expect(
      (await post('subscribe', { email: 'storing@example.org', filters: { regio: world.regions.rivierenland.slug } }))
        .status,
    ).toBe(202)
    const allowInserts = await refuseInserts(payload, database.kind, 'alert_changes')
    const changesBefore = (await payload.count({ collection: 'alert-changes', overrideAccess: true })).totalDocs
    try {
      const vacancy = await makeVacancy(payload, world, {
        region: 'rivierenland',
        title: 'Gepubliceerd ondanks storing',
      })
      const live = await payload.findByID({
        collection: 'vacancies',
        id: vacancy.id,
        draft: false,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })
      expect(live?._status).toBe('published')
      expect(live?.title).toBe('Gepubliceerd ondanks storing')
      // And an edit of it after the failure is stored as well.
      await payload.update({
        collection: 'vacancies',
        id: vacancy.id,
        data: { summary: 'Na de storing' },
        overrideAccess: true,
      })
      expect(
        (await payload.findByID({ collection: 'vacancies', id: vacancy.id, depth: 0, overrideAccess: true })).summary,
      ).toBe('Na de storing')
    } finally {
      await allowInserts()
    }
    expect((await payload.count({ collection: 'alert-changes', overrideAccess: true })).totalDocs).toBe(changesBefore)
  })
})
