import fs from 'node:fs'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { paragraph, richText } from '../../../src/lexical/build'
import { MAIL_QUEUE } from '../../../src/mail/queue'
import { findOverdue } from '../../../src/workflow/reminders/overdue'
import { queueReviewReminders } from '../../../src/workflow/reminders/queueReminders'
import { WORKFLOW_QUEUE } from '../../../src/workflow/reminders/tasks'
import { PASSWORD, unique } from '../../helpers/accessFixtures'
import { describeOnEachDatabase } from '../../helpers/describeOnEachDatabase'
import { usePayload } from '../../helpers/usePayload'

// The tests run the queues themselves; no cron should race them.
process.env.JOBS_AUTORUN = 'false'

const OUTBOX = `${process.env.TMPDIR || '/tmp'}/portal-test-outbox`

type Doc = Record<string, unknown> & { id: number | string }
type User = Doc & { email: string }

const lexical = (text: string) => richText(paragraph(text))

async function user(payload: Payload, role: string, extra: Record<string, unknown> = {}): Promise<User> {
  return (await payload.create({
    collection: 'users',
    data: { email: `${unique(role)}@example.org`, password: PASSWORD, role, name: `Test ${role}`, ...extra } as never,
  })) as unknown as User
}

const as = (who: User) => ({ overrideAccess: false as const, user: who as never, depth: 0 })

async function mailsTo(address: string): Promise<{ subject: string; text: string }[]> {
  if (!fs.existsSync(OUTBOX)) return []
  const mails = []
  for (const file of fs.readdirSync(OUTBOX).filter((name) => name.endsWith('.eml'))) {
    const parsed = await simpleParser(fs.readFileSync(path.join(OUTBOX, file)))
    const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((entry) => entry.value.map((v) => v.address))
    if (to.includes(address)) mails.push({ subject: parsed.subject ?? '', text: String(parsed.text) })
  }
  return mails
}

await describeOnEachDatabase('editorial workflow', (database) => {
  const portal = usePayload(database)
  let admin: User
  let author: User
  let reviewer: User

  const newMethod = async (extra: Record<string, unknown> = {}) =>
    (await portal.payload.create({
      collection: 'working-methods',
      data: { title: unique('Werkwijze'), body: lexical('Eerste tekst'), _status: 'draft', ...extra } as never,
      draft: true,
    })) as unknown as Doc
  const write = (id: Doc['id'], who: User, data: Record<string, unknown>) =>
    portal.payload.update({ collection: 'working-methods', id, data: data as never, draft: true, ...as(who) }) as unknown as Promise<Doc>
  const publish = (id: Doc['id'], who: User) =>
    portal.payload.update({ collection: 'working-methods', id, data: { _status: 'published' } as never, ...as(who) }) as unknown as Promise<Doc>
  const live = async (id: Doc['id']) => (await portal.payload.findByID({ collection: 'working-methods', id, depth: 0 })) as unknown as Doc
  const latest = async (id: Doc['id']) => (await portal.payload.findByID({ collection: 'working-methods', id, depth: 0, draft: true })) as unknown as Doc
  const review = (doc: Doc) => doc.review as { state: string; note: string | null; lastAuthor: unknown; submittedAt: string | null }

  beforeAll(async () => {
    admin = await user(portal.payload, 'admin')
    author = await user(portal.payload, 'redacteur')
    reviewer = await user(portal.payload, 'redacteur')
  })

  describe('second pair of eyes', () => {
    it('records the author, submits, refuses the author and lets another redacteur publish', async () => {
      const doc = await newMethod()
      const edited = await write(doc.id, author, { summary: 'Nieuwe samenvatting' })
      expect(review(edited).lastAuthor).toBe(author.id)
      expect(review(edited).state).toBe('concept')

      const submitted = await write(doc.id, author, { review: { state: 'ter-beoordeling', note: 'Graag kijken naar stap 2.' } })
      expect(review(submitted).state).toBe('ter-beoordeling')
      expect(review(submitted).submittedAt).toBeTruthy()

      const own = await publish(doc.id, author).catch((error: Error & { status?: number }) => error)
      expect((own as { status?: number }).status).toBe(403)
      expect((own as Error).message).toMatch(/laatste auteur.*vier-ogenprincipe/)
      expect((await live(doc.id))._status).toBe('draft')

      const published = await publish(doc.id, reviewer)
      expect(published._status).toBe('published')
      expect(published.summary).toBe('Nieuwe samenvatting')
      // Reviewed and live: the next change starts from a clean state, with the author kept.
      expect(review(published)).toMatchObject({ state: 'concept', submittedAt: null, lastAuthor: author.id })
    })

    it('does not publish a change that was never submitted', async () => {
      const doc = await newMethod()
      await write(doc.id, author, { summary: 'Niet aangeboden' })
      await expect(publish(doc.id, reviewer)).rejects.toThrow(/nog niet ter beoordeling aangeboden/)
    })

    it('refuses a reviewer who changes the text while publishing (their change would go unreviewed)', async () => {
      const doc = await newMethod()
      await write(doc.id, author, { summary: 'Door de auteur' })
      await write(doc.id, author, { review: { state: 'ter-beoordeling' } })
      await expect(
        portal.payload.update({ collection: 'working-methods', id: doc.id, data: { summary: 'Snel nog iets', _status: 'published' } as never, ...as(reviewer) }),
      ).rejects.toThrow(/wijzigt de tekst en publiceert tegelijk/)
      // Saving the same content as the admin form does (everything sent back) is not a change.
      const current = await latest(doc.id)
      const republished = await portal.payload.update({
        collection: 'working-methods',
        id: doc.id,
        data: { ...current, _status: 'published' } as never,
        ...as(reviewer),
      })
      expect(republished._status).toBe('published')
    })

    it('resets a submission when the author changes the text afterwards', async () => {
      const doc = await newMethod()
      await write(doc.id, author, { summary: 'Versie 1' })
      await write(doc.id, author, { review: { state: 'ter-beoordeling' } })
      const changed = await write(doc.id, author, { summary: 'Versie 2' })
      expect(review(changed).state).toBe('concept')
      await expect(publish(doc.id, reviewer)).rejects.toThrow(/nog niet ter beoordeling/)
    })

    it('sends back with a note; the author cannot send back their own change', async () => {
      const doc = await newMethod()
      await write(doc.id, author, { summary: 'Te beoordelen' })
      await write(doc.id, author, { review: { state: 'ter-beoordeling' } })
      await expect(write(doc.id, author, { review: { state: 'teruggestuurd', note: 'zelf' } })).rejects.toThrow(/eigen wijziging niet terugsturen/)
      await expect(write(doc.id, reviewer, { review: { state: 'teruggestuurd', note: '  ' } })).rejects.toThrow(/toelichting wat de auteur/)
      const sentBack = await write(doc.id, reviewer, { review: { state: 'teruggestuurd', note: 'Bron ontbreekt bij stap 3.' } })
      expect(review(sentBack)).toMatchObject({ state: 'teruggestuurd', note: 'Bron ontbreekt bij stap 3.', lastAuthor: author.id })
      await expect(publish(doc.id, reviewer)).rejects.toThrow(/nog niet ter beoordeling/)
    })

    it('lets an admin publish their own change (they run the portal and correct mistakes at once)', async () => {
      const doc = await newMethod()
      await portal.payload.update({ collection: 'working-methods', id: doc.id, data: { summary: 'Door beheer' } as never, draft: true, ...as(admin) })
      const published = await publish(doc.id, admin)
      expect(published._status).toBe('published')
    })

    it('keeps the review fields from visitors', async () => {
      const doc = await newMethod()
      await write(doc.id, author, { summary: 'Openbaar' })
      await write(doc.id, author, { review: { state: 'ter-beoordeling', note: 'Interne notitie' } })
      await publish(doc.id, reviewer)
      const visitor = (await portal.payload.findByID({ collection: 'working-methods', id: doc.id, overrideAccess: false, depth: 2 })) as unknown as Doc
      expect(visitor.summary).toBe('Openbaar')
      expect(visitor).not.toHaveProperty('review')
    })

    it('applies to the vision global as well', async () => {
      await portal.payload.updateGlobal({
        slug: 'vision',
        data: { title: 'Visie', coreValues: [{ title: 'Veiligheid eerst' }], summary: 'oud', _status: 'published' } as never,
      })
      await portal.payload.updateGlobal({ slug: 'vision', data: { summary: 'nieuw' } as never, draft: true, ...as(author) })
      await portal.payload.updateGlobal({ slug: 'vision', data: { review: { state: 'ter-beoordeling' } } as never, draft: true, ...as(author) })
      await expect(portal.payload.updateGlobal({ slug: 'vision', data: { _status: 'published' } as never, ...as(author) })).rejects.toThrow(/vier-ogenprincipe/)
      await portal.payload.updateGlobal({ slug: 'vision', data: { _status: 'published' } as never, ...as(reviewer) })
      expect((await portal.payload.findGlobal({ slug: 'vision', overrideAccess: false })).summary).toBe('nieuw')
    })
  })

  describe('scheduled publishing through the jobs queue', () => {
    const schedule = (doc: Doc, who: User, type: 'publish' | 'unpublish', waitUntil: Date) =>
      portal.payload.jobs.queue({
        task: 'schedulePublish',
        input: { type, doc: { relationTo: 'working-methods', value: String(doc.id) }, user: { relationTo: 'users', value: who.id } } as never,
        waitUntil,
      })
    /** Time passing, without waiting for it: the job's moment is moved into the past. */
    const makeDue = (jobId: number | string) =>
      portal.payload.update({ collection: 'payload-jobs', id: jobId, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } as never })

    it('publishes when the moment has come, not before, as the reviewer who scheduled it', async () => {
      const doc = await newMethod()
      await write(doc.id, author, { summary: 'Gepland' })
      await write(doc.id, author, { review: { state: 'ter-beoordeling' } })
      const job = await schedule(doc, reviewer, 'publish', new Date(Date.now() + 3_600_000))

      await portal.payload.jobs.run({ queue: WORKFLOW_QUEUE })
      expect((await live(doc.id))._status).toBe('draft')

      await makeDue(job.id)
      await portal.payload.jobs.run({ queue: WORKFLOW_QUEUE })
      const after = await live(doc.id)
      expect(after._status).toBe('published')
      expect(after.summary).toBe('Gepland')
      const entries = await portal.payload.find({ collection: 'audit-log', where: { and: [{ action: { equals: 'publish' } }, { documentId: { equals: String(doc.id) } }] } })
      expect(entries.docs[0]).toMatchObject({ actorId: String(reviewer.id), actorEmail: reviewer.email })
    })

    it('does not let an author get round the second pair of eyes by scheduling their own change', async () => {
      const doc = await newMethod()
      await write(doc.id, author, { summary: 'Eigen planning' })
      await write(doc.id, author, { review: { state: 'ter-beoordeling' } })
      const job = await schedule(doc, author, 'publish', new Date(Date.now() + 3_600_000))
      await makeDue(job.id)
      await portal.payload.jobs.run({ queue: WORKFLOW_QUEUE })
      expect((await live(doc.id))._status).toBe('draft')
    })

    it('unpublishes at the scheduled moment', async () => {
      const doc = (await portal.payload.create({
        collection: 'working-methods',
        data: { title: unique('Werkwijze'), body: lexical('Live'), _status: 'published' } as never,
      })) as unknown as Doc
      expect((await live(doc.id))._status).toBe('published')
      const job = await schedule(doc, reviewer, 'unpublish', new Date(Date.now() + 3_600_000))
      await makeDue(job.id)
      await portal.payload.jobs.run({ queue: WORKFLOW_QUEUE })
      expect((await live(doc.id))._status).toBe('draft')
      const entries = await portal.payload.find({ collection: 'audit-log', where: { and: [{ action: { equals: 'unpublish' } }, { documentId: { equals: String(doc.id) } }] } })
      expect(entries.totalDocs).toBe(1)
    })

    it('has a runner for the queue scheduled publishing waits on, in every long-running instance', async () => {
      const autoRun = portal.payload.config.jobs.autoRun
      delete process.env.JOBS_AUTORUN
      try {
        const crons = typeof autoRun === 'function' ? await autoRun(portal.payload) : (autoRun ?? [])
        expect(crons.some((cron) => (cron.queue ?? 'default') === WORKFLOW_QUEUE)).toBe(true)
      } finally {
        process.env.JOBS_AUTORUN = 'false'
      }
    })
  })

  describe('review reminders', () => {
    it('mails the last author once when the review date has passed, and lists it on the dashboard', async () => {
      const doc = await newMethod()
      await write(doc.id, author, { summary: 'Herzien' })
      await write(doc.id, author, { review: { state: 'ter-beoordeling' } })
      await publish(doc.id, reviewer)
      const past = new Date(Date.now() - 2 * 86_400_000).toISOString()
      // As the system: a correction of the review date alone, not a content change to review.
      await portal.payload.update({ collection: 'working-methods', id: doc.id, data: { nextReviewDue: past, lastReviewedAt: null } as never })

      const overdue = await findOverdue(portal.payload, { now: new Date() })
      expect(overdue.map((item) => item.id)).toContain(doc.id)

      const first = await queueReviewReminders(portal.payload, { now: new Date() })
      expect(first.mails).toBeGreaterThanOrEqual(1)
      await portal.payload.jobs.run({ queue: MAIL_QUEUE, limit: 50 })
      const mails = await mailsTo(author.email)
      expect(mails.some((mail) => /^Herziening nodig/.test(mail.subject) && mail.text.includes(String(doc.title)))).toBe(true)

      const second = await queueReviewReminders(portal.payload, { now: new Date() })
      expect(second.alreadyReminded).toBeGreaterThanOrEqual(1)
      await portal.payload.jobs.run({ queue: MAIL_QUEUE, limit: 50 })
      expect((await mailsTo(author.email)).length).toBe(mails.length)
    })

    it('shows an editor only the overdue items they may change', async () => {
      const regions = await Promise.all(
        ['Achterhoek', 'Rivierenland'].map(
          async (title) =>
            (await portal.payload.create({ collection: 'regions', data: { title: unique(title), municipalities: ['X'], _status: 'published' } as never })) as unknown as Doc,
        ),
      )
      const past = new Date(Date.now() - 86_400_000).toISOString()
      const agreements = await Promise.all(
        regions.map(
          async (region) =>
            (await portal.payload.create({
              collection: 'local-agreements',
              data: { title: unique('Afspraak'), region: region.id, validFrom: past, nextReviewDue: past, _status: 'published' } as never,
            })) as unknown as Doc,
        ),
      )
      const editor = await user(portal.payload, 'regioredacteur', { region: regions[0].id })
      const { createLocalReq } = await import('payload')
      const items = await findOverdue(portal.payload, { now: new Date(), editorReq: await createLocalReq({ user: editor as never }, portal.payload) })
      const ids = items.filter((item) => item.target === 'local-agreements').map((item) => item.id)
      expect(ids).toContain(agreements[0].id)
      expect(ids).not.toContain(agreements[1].id)
      // Nothing of the shared content: a regional editor cannot change it.
      expect(items.some((item) => item.target === 'working-methods')).toBe(false)
    })
  })
})
