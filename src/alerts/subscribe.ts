import type { DataFromCollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'
import { z } from 'zod'

import { AlertError, MESSAGES } from './errors'
import { ALERT_FINDERS, normaliseView } from './finders'
import { queueAlertMail } from './mail'
import { hashToken, alertToken, subscriptionKey } from './tokens'

export const FREQUENCIES = ['immediately', 'daily', 'weekly'] as const
export type Frequency = (typeof FREQUENCIES)[number]

export const subscribeInput = z
  .object({
    email: z
      .string({ error: MESSAGES.email })
      .trim()
      .max(254, MESSAGES.email)
      .pipe(z.email({ error: MESSAGES.email })),
    frequency: z.enum(FREQUENCIES, { error: MESSAGES.frequency }).default('daily'),
    finder: z.enum(ALERT_FINDERS, { error: MESSAGES.invalid }).default('vacatures'),
    // Checked against the finder's own filters in normaliseView.
    filters: z.record(z.string().max(40), z.unknown()).default({}),
  })
  .strict()

export type SubscribeInput = z.input<typeof subscribeInput>

/** Turns a zod failure into the Dutch 400 the visitor sees, field by field. */
export function parseOrRefuse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const errors = result.error.issues.map((issue) => ({
    field: issue.path.join('.') || 'body',
    message:
      issue.message.startsWith('Invalid') || issue.message.startsWith('Unrecognized')
        ? MESSAGES.invalid
        : issue.message,
  }))
  throw new AlertError('invalid', errors[0]?.message ?? MESSAGES.invalid, errors)
}

/**
 * Subscribes an address to a finder view: finds or makes the subscriber list of these filters
 * (stored once), makes an unconfirmed subscription and queues the confirmation mail. Nothing else
 * is ever sent before the link in that mail is followed. Asking again for the same list while
 * unconfirmed sends the confirmation again; the answer never tells whether the address was known.
 */
export async function subscribe(payload: Payload, raw: unknown): Promise<{ message: string }> {
  const input = parseOrRefuse(subscribeInput, raw)
  const normalised = await normaliseView(payload, input.finder, input.filters)
  const email = input.email.toLowerCase()

  const list = await findOrCreate(payload, 'alert-lists', normalised.key, () => ({
    finder: input.finder,
    key: normalised.key,
    filters: normalised.filters,
    title: normalised.title,
  }))
  const uniqueKey = subscriptionKey(list.id, email)
  const existing = await payload.find({
    collection: 'alert-subscriptions',
    where: { uniqueKey: { equals: uniqueKey } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const current = existing.docs[0]
  if (current?.confirmedAt) return { message: MESSAGES.checkMail }
  const subscription =
    current ??
    (await findOrCreate(
      payload,
      'alert-subscriptions',
      uniqueKey,
      () => ({ email, list: list.id, frequency: input.frequency, uniqueKey }),
      'uniqueKey',
    ))
  if (!subscription.confirmTokenHash) {
    // The tokens depend on the id and creation time, so they can only be made once it exists.
    await payload.update({
      collection: 'alert-subscriptions',
      id: subscription.id,
      overrideAccess: true,
      depth: 0,
      data: {
        frequency: input.frequency,
        confirmTokenHash: hashToken(alertToken(payload.secret, 'confirm', subscription)),
        manageTokenHash: hashToken(alertToken(payload.secret, 'manage', subscription)),
      },
    })
  }
  await queueAlertMail(payload, { kind: 'confirm', subscription: String(subscription.id) })
  return { message: MESSAGES.checkMail }
}

/**
 * Finds the document with this unique key, or creates it. Two requests at once both try to
 * create; the unique index lets one win, and the other then finds the winner's document.
 */
async function findOrCreate<S extends 'alert-lists' | 'alert-subscriptions'>(
  payload: Payload,
  collection: S,
  key: string,
  data: () => RequiredDataFromCollectionSlug<S>,
  field: 'key' | 'uniqueKey' = 'key',
): Promise<DataFromCollectionSlug<S>> {
  const find = async (): Promise<DataFromCollectionSlug<S> | undefined> =>
    (await payload.find({ collection, where: { [field]: { equals: key } }, limit: 1, depth: 0, overrideAccess: true }))
      .docs[0]
  const found = await find()
  if (found) return found
  try {
    return await payload.create({
      collection,
      data: data(),
      overrideAccess: true,
      depth: 0,
    })
  } catch (error) {
    const winner = await find()
    if (winner) return winner
    throw error
  }
}
