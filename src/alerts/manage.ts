import type { Payload } from 'payload'
import { z } from 'zod'

import { AlertError, MESSAGES } from './errors'
import { subscriptionByToken } from './confirm'
import { queueAlertMail } from './mail'
import { FREQUENCIES, parseOrRefuse } from './subscribe'

/**
 * Ends a subscription: it and its delivery records are erased at once, so nothing more is sent
 * and nothing about the address stays behind. The token then finds nothing: it works once.
 */
export async function unsubscribe(payload: Payload, token: unknown): Promise<{ message: string }> {
  const subscription = await subscriptionByToken(payload, token, 'manage')
  await payload.delete({
    collection: 'alert-deliveries',
    where: { subscription: { equals: subscription.id } },
    overrideAccess: true,
  })
  await payload.delete({ collection: 'alert-subscriptions', id: subscription.id, overrideAccess: true })
  return { message: MESSAGES.unsubscribed }
}

export const frequencyInput = z
  .object({ token: z.string().max(100), frequency: z.enum(FREQUENCIES, { error: MESSAGES.frequency }) })
  .strict()

export async function changeFrequency(payload: Payload, raw: unknown): Promise<{ message: string }> {
  const { token, frequency } = parseOrRefuse(frequencyInput, raw)
  const subscription = await subscriptionByToken(payload, token, 'manage')
  if (!subscription.confirmedAt) throw new AlertError('bad-token', MESSAGES.badToken)
  await payload.update({
    collection: 'alert-subscriptions',
    id: subscription.id,
    data: { frequency },
    overrideAccess: true,
    depth: 0,
  })
  return { message: MESSAGES.frequencyChanged }
}

export const manageLinkInput = z
  .object({
    email: z
      .string()
      .trim()
      .max(254)
      .pipe(z.email({ error: MESSAGES.email })),
  })
  .strict()

/**
 * "Send me my manage links": no account, only the mailbox proves who you are. The answer is the
 * same whether or not the address has subscriptions.
 */
export async function requestManageLinks(payload: Payload, raw: unknown): Promise<{ message: string }> {
  const { email } = parseOrRefuse(manageLinkInput, raw)
  const { docs } = await payload.find({
    collection: 'alert-subscriptions',
    where: { and: [{ email: { equals: email.toLowerCase() } }, { confirmedAt: { exists: true } }] },
    overrideAccess: true,
    limit: 50,
    depth: 0,
    select: { email: true },
  })
  // One mail per subscription, so each carries its own one-click unsubscribe.
  for (const { id } of docs) await queueAlertMail(payload, { kind: 'manage', subscription: String(id) })
  return { message: MESSAGES.manageLinkSent }
}

/** What the manage page shows for a manage token: the list followed and how often; null for a bad token. */
export async function describeSubscription(
  payload: Payload,
  token: unknown,
): Promise<{ title: string; frequency: string } | null> {
  try {
    const subscription = await subscriptionByToken(payload, token, 'manage')
    const list = await payload.findByID({
      collection: 'alert-lists',
      id: typeof subscription.list === 'object' ? subscription.list.id : subscription.list,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    return { title: list?.title ?? 'Vacatures', frequency: subscription.frequency }
  } catch {
    return null
  }
}
