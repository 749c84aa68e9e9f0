import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import type { Feedback, User } from '../../../payload-types'
import { handleFeedbackForm, THANKS_ID } from '../../../src/feedback/formPost'
import { FEEDBACK_MESSAGES as M } from '../../../src/feedback/messages'
import { feedbackToken } from '../../../src/feedback/token'
import { projectOfficeAddress } from '../../../src/fields/owner'
import { editorialUsers, type EditorialUsers, unique } from '../../helpers/accessFixtures'
import { describeOnEachDatabase } from '../../helpers/describeOnEachDatabase'
import { runMailQueue } from '../../helpers/portal'
import { usePortal } from '../../helpers/usePortal'

/**
 * "Was deze pagina nuttig?" end to end: the form post as a browser without JavaScript sends it,
 * the stored answer, the mail to the page's owner through the queue on a real SMTP server on
 * loopback, the Dutch refusals (nothing stored), the rate limit, and who may read the answers.
 */

process.env.RATE_LIMIT_FEEDBACK = '4/3600'
process.env.MAIL_RETRY_DELAY_MS = '50'

const SYSTEM = { overrideAccess: true, depth: 0 } as const
const HOST = 'portal.example.org'
const to = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address

/** What a stored answer may hold: nothing about the reader beyond what they typed. */
const STORED_FIELDS = new Set([
  'id', 'target', 'documentId', 'pageTitle', 'pagePath', 'helpful', 'remark', 'email', 'owner', 'mailedAt', 'handled', 'editorNote', 'createdAt', 'updatedAt',
])

await describeOnEachDatabase("readers' feedback", (database) => {
  const portal = usePortal(database, { smtp: true })
  let payload: Payload
  let users: EditorialUsers

  /** A form post as the page's own form sends it, typed `seconds` after the page was rendered. */
  const post = (fields: Record<string, string>, { address = unique('10.0.0'), seconds = 30, headers = {} as Record<string, string>, body }: { address?: string; seconds?: number; headers?: Record<string, string>; body?: string } = {}) => {
    const doel = fields.doel ?? 'pages'
    const slug = fields.slug ?? ''
    const form = { doel, token: feedbackToken(payload.secret, doel, slug, Date.now() - seconds * 1000), website: '', ...fields }
    return handleFeedbackForm(
      payload,
      new Request(`http://${HOST}/reactie`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', host: HOST, origin: `http://${HOST}`, 'x-forwarded-for': address, ...headers },
        body: body ?? new URLSearchParams(form),
      }),
    )
  }
  const stored = async () => (await payload.find({ collection: 'feedback', sort: '-createdAt', limit: 100, ...SYSTEM })).docs as Feedback[]
  const refusedWith = async (response: Response, status: number, message: string) => {
    expect(response.status).toBe(status)
    const text = await response.text()
    expect(text).toContain(message.replace(/"/g, '&quot;'))
    expect(text).toContain('<html lang="nl">')
  }

  beforeAll(async () => {
    payload = portal.payload
    await payload.create({ collection: 'pages', data: { title: 'Over het portaal', slug: 'over', pageOwner: 'eigenaar@example.org', _status: 'published' }, ...SYSTEM })
    await payload.create({ collection: 'pages', data: { title: 'Zonder eigenaar', slug: 'zonder', pageOwner: null, _status: 'published' }, ...SYSTEM })
    await payload.create({ collection: 'pages', data: { title: 'Nog geheim', slug: 'geheim', _status: 'draft' }, draft: true, ...SYSTEM })
    users = await editorialUsers(payload)
  })

  it('takes a remark from a plain form post and mails it to the page owner through the queue', async () => {
    const response = await post({ slug: 'over', nuttig: 'nee', opmerking: '  De termijn bij stap 3 ontbreekt.  ', email: 'Lezer@Example.org' })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`/paginas/over#${THANKS_ID}`)
    const [answer] = await stored()
    expect(answer).toMatchObject({
      target: 'pages',
      pagePath: '/paginas/over',
      pageTitle: 'Over het portaal',
      helpful: 'nee',
      remark: 'De termijn bij stap 3 ontbreekt.',
      email: 'lezer@example.org',
      owner: 'eigenaar@example.org',
    })
    for (const key of Object.keys(answer!)) expect(STORED_FIELDS.has(key), `stored field ${key}`).toBe(true)
    // Never inside the request: the mail waits on the queue.
    expect(portal.smtp.messages.filter((m) => to(m) === 'eigenaar@example.org')).toHaveLength(0)
    await runMailQueue(payload)
    const mails = portal.smtp.messages.filter((m) => to(m) === 'eigenaar@example.org')
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toBe('Reactie van een lezer: Over het portaal')
    expect(mails[0]!.text).toContain('Opmerking: De termijn bij stap 3 ontbreekt.')
    expect(mails[0]!.text).toContain('Nuttig: nee')
    expect(mails[0]!.text).toContain('/paginas/over')
    expect(mails[0]!.replyTo?.value[0]?.address).toBe('lezer@example.org')
    expect((await stored())[0]!.mailedAt).toBeTruthy()
    await runMailQueue(payload)
    expect(portal.smtp.messages.filter((m) => to(m) === 'eigenaar@example.org')).toHaveLength(1)
  })

  it('stores a yes without mailing it, and sends a remark on a page without owner to the project office', async () => {
    const before = portal.smtp.messages.length
    expect((await post({ slug: 'over', nuttig: 'ja', email: 'alleen-ja@example.org' })).status).toBe(303)
    const [yes] = await stored()
    expect(yes).toMatchObject({ helpful: 'ja', remark: null, email: null })
    expect((await post({ slug: 'zonder', opmerking: 'Handig overzicht.' })).status).toBe(303)
    expect((await stored())[0]).toMatchObject({ helpful: null, owner: projectOfficeAddress(), email: null })
    await runMailQueue(payload)
    const sent = portal.smtp.messages.slice(before)
    expect(sent.map(to)).toEqual([projectOfficeAddress()])
    expect(sent[0]!.text).toContain('geen e-mailadres')
  })

  it('refuses bad input with a Dutch 4xx and stores nothing', async () => {
    const count = (await stored()).length
    await refusedWith(await post({ slug: 'over' }), 400, M.empty)
    await refusedWith(await post({ slug: 'over', nuttig: '', opmerking: '   ' }), 400, M.empty)
    await refusedWith(await post({ slug: 'over', nuttig: 'misschien' }), 400, M.helpful)
    await refusedWith(await post({ slug: 'over', opmerking: 'x'.repeat(2001) }), 400, M.remarkTooLong)
    await refusedWith(await post({ slug: 'over', opmerking: 'Graag antwoord', email: 'geen-adres' }), 400, M.email)
    await refusedWith(await post({ doel: 'users', slug: 'over', nuttig: 'ja' }), 404, M.unknownPage)
    await refusedWith(await post({ slug: 'bestaat-niet', nuttig: 'ja' }), 404, M.unknownPage)
    await refusedWith(await post({ slug: 'geheim', nuttig: 'ja' }), 404, M.unknownPage)
    await refusedWith(await post({ slug: 'over', nuttig: 'ja', token: 'vervalst' }), 400, M.invalidForm)
    await refusedWith(await post({ slug: 'over', nuttig: 'ja', token: feedbackToken(payload.secret, 'pages', 'zonder') }), 400, M.invalidForm)
    await refusedWith(await post({ slug: 'over', nuttig: 'ja' }, { seconds: 0 }), 400, M.tooFast)
    await refusedWith(await post({ slug: 'over', nuttig: 'ja' }, { headers: { 'content-type': 'application/json' } }), 415, M.mediaType)
    await refusedWith(await post({ slug: 'over', nuttig: 'ja' }, { headers: { origin: 'https://elders.example.net' } }), 403, M.crossSite)
    await refusedWith(await post({}, { body: `doel=pages&slug=over&opmerking=${'x'.repeat(13 * 1024)}` }), 413, M.tooLarge)
    // The honeypot: thanked like a person, kept like nothing.
    const trapped = await post({ slug: 'over', nuttig: 'ja', website: 'https://spam.example.net' })
    expect(trapped.status).toBe(303)
    expect((await stored()).length).toBe(count)
  })

  it('answers 429 in Dutch once an address has posted too often', async () => {
    const address = unique('192.0.2')
    for (let i = 0; i < 4; i++) expect((await post({ slug: 'over', nuttig: 'ja' }, { address })).status).toBe(303)
    const limited = await post({ slug: 'over', nuttig: 'ja' }, { address })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await limited.text()).toMatch(/^U heeft dit in korte tijd te vaak gedaan\./)
    expect((await post({ slug: 'over', nuttig: 'ja' })).status).toBe(303)
  })

  it('shows the answers to the project office only, and the owner field to no visitor', async () => {
    const as = (user: User | null) => ({ overrideAccess: false as const, depth: 0, ...(user ? { user } : {}) })
    for (const user of [users.regioredacteur, users.werver, null]) {
      const read = await payload.find({ collection: 'feedback', ...as(user) }).then(() => null, (error: { status?: number }) => error)
      expect(read?.status, `${user?.role ?? 'bezoeker'} reads feedback`).toBe(403)
    }
    expect((await payload.find({ collection: 'feedback', ...as(users.redacteur) })).totalDocs).toBeGreaterThan(0)
    const create = await payload
      .create({ collection: 'feedback', data: { target: 'pages', pageTitle: 'x', pagePath: '/x', helpful: 'ja' }, ...as(users.redacteur) })
      .then(() => null, (error: { status?: number }) => error)
    expect(create?.status).toBe(403)
    const [visitorView] = (await payload.find({ collection: 'pages', where: { slug: { equals: 'over' } }, ...as(null) })).docs
    expect(visitorView).toBeDefined()
    expect(visitorView).not.toHaveProperty('pageOwner')
    const [editorView] = (await payload.find({ collection: 'pages', where: { slug: { equals: 'over' } }, ...as(users.redacteur) })).docs
    expect(editorView?.pageOwner).toBe('eigenaar@example.org')
  })
})
