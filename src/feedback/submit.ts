import type { Payload } from 'payload'
import { z } from 'zod'

import { portalError } from '../errors'
import { projectOfficeAddress } from '../fields/owner'
import { EMAIL_MAX_LENGTH, isValidEmail } from '../lib/email'
import { FEEDBACK_MESSAGES as M, REMARK_MAX } from './messages'
import { FEEDBACK_TARGETS, type FeedbackTarget, feedbackPagePath, isFeedbackGlobal } from './targets'
import { checkFeedbackToken } from './token'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** An empty form field is no answer. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional())

/** The fields of the "Was deze pagina nuttig?" form, with the Dutch message of each refusal. */
export const feedbackInput = z.object({
  doel: z.enum(FEEDBACK_TARGETS, { error: M.unknownPage }),
  slug: optional(z.string().max(120, M.unknownPage).regex(SLUG, M.unknownPage)),
  nuttig: optional(z.enum(['ja', 'nee'], { error: M.helpful })),
  opmerking: optional(z.string({ error: M.remarkTooLong }).trim().max(REMARK_MAX, M.remarkTooLong)),
  email: optional(
    z
      .string({ error: M.email })
      .trim()
      .max(EMAIL_MAX_LENGTH, M.email)
      .refine((value) => isValidEmail(value), M.email),
  ),
  token: z.string({ error: M.invalidForm }).max(64, M.invalidForm),
})

export type FeedbackInput = z.input<typeof feedbackInput>

function parse(raw: unknown) {
  const result = feedbackInput.safeParse(raw)
  if (result.success) return result.data
  const errors = result.error.issues.map((issue) => ({ field: issue.path.join('.') || 'formulier', message: issue.message }))
  const unknown = errors.find((error) => error.message === M.unknownPage)
  if (unknown) throw portalError('unknown-page', M.unknownPage)
  throw portalError('invalid-input', errors[0]?.message ?? M.invalidForm, errors)
}

type Page = { title: string; path: string; documentId: string | null; owner: string }

/**
 * The page as a visitor sees it (published only, access applied), and its owner as the system
 * knows it (the owner field is not readable for visitors). Null when the visitor cannot see it.
 */
async function findPage(payload: Payload, target: FeedbackTarget, slug: string | undefined): Promise<Page | null> {
  const visitor = { overrideAccess: false, user: null, depth: 0 } as const
  let title: string | undefined
  let documentId: string | null = null
  let owner: unknown
  if (isFeedbackGlobal(target)) {
    const global = (await payload.findGlobal({ slug: target, ...visitor })) as { title?: string; _status?: string }
    if (global._status === 'draft') return null
    title = global.title
    owner = ((await payload.db.findGlobal({ slug: target })) as { pageOwner?: unknown } | undefined)?.pageOwner
  } else {
    if (!slug) return null
    const { docs } = await payload.find({ collection: target, where: { slug: { equals: slug } }, limit: 1, ...visitor })
    const doc = docs[0] as { id: number | string; title?: string } | undefined
    if (!doc) return null
    title = doc.title
    documentId = String(doc.id)
    owner = (await payload.db.findOne<{ id: number | string; pageOwner?: unknown }>({ collection: target, where: { id: { equals: doc.id } } }))?.pageOwner
  }
  return {
    title: title || feedbackPagePath(target, slug),
    path: feedbackPagePath(target, slug),
    documentId,
    owner: typeof owner === 'string' && isValidEmail(owner) ? owner : projectOfficeAddress(),
  }
}

export type FeedbackOutcome = { id: number | string; path: string; message: string }

/**
 * Stores a reader's answer to "Was deze pagina nuttig?": yes or no, and/or a remark, and an address
 * only when they left a remark and want a reply. Nothing else about the reader (no IP address, no
 * browser). Refuses an empty answer (nothing stored), a form that did not come from the page, and a
 * page the visitor cannot see. A remark goes to the page's owner by the mail queue (the
 * collection's afterChange hook), never inside this request.
 */
export async function submitFeedback(payload: Payload, raw: unknown, { now = Date.now() }: { now?: number } = {}): Promise<FeedbackOutcome> {
  const input = parse(raw)
  if (!input.nuttig && !input.opmerking) throw portalError('invalid-input', M.empty, [{ field: 'nuttig', message: M.empty }])
  const check = checkFeedbackToken(payload.secret, input.doel, input.slug ?? '', input.token, now)
  if (check === 'invalid') throw portalError('invalid-input', M.invalidForm, [{ field: 'token', message: M.invalidForm }])
  if (check === 'too-fast') throw portalError('invalid-input', M.tooFast, [{ field: 'token', message: M.tooFast }])
  const page = await findPage(payload, input.doel, input.slug)
  if (!page) throw portalError('unknown-page', M.unknownPage)
  const created = await payload.create({
    collection: 'feedback',
    // The reader has no account and may not write this collection over the API: the system stores it.
    overrideAccess: true,
    depth: 0,
    data: {
      target: input.doel,
      documentId: page.documentId,
      pageTitle: page.title.slice(0, 200),
      pagePath: page.path,
      helpful: input.nuttig ?? null,
      remark: input.opmerking ?? null,
      // An address is only any use with a remark to answer.
      email: input.opmerking && input.email ? input.email.toLowerCase() : null,
      owner: page.owner,
    },
  })
  return { id: created.id, path: page.path, message: M.thanks }
}
