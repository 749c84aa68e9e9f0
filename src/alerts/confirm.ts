import type { Payload } from 'payload'

import type { AlertSubscription } from '../../payload-types'
import { AlertError, MESSAGES } from './errors'
import { hashToken, isWellFormedToken } from './tokens'

export const UNCONFIRMED_DAYS = 7
const DAY = 24 * 60 * 60 * 1000

const badToken = () => new AlertError('bad-token', MESSAGES.badToken)

/** Finds the subscription a token belongs to; a forged, replayed or malformed token finds none. */
export async function subscriptionByToken(
  payload: Payload,
  token: unknown,
  purpose: 'confirm' | 'manage',
): Promise<AlertSubscription> {
  if (!isWellFormedToken(token)) throw badToken()
  const field = purpose === 'confirm' ? 'confirmTokenHash' : 'manageTokenHash'
  const { docs } = await payload.find({
    collection: 'alert-subscriptions',
    where: { [field]: { equals: hashToken(token) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (!docs[0]) throw badToken()
  return docs[0]
}

/**
 * Double opt-in: the link in the confirmation mail activates the subscription. The confirmation
 * token is forgotten at once, so the link works once; after 7 days it no longer works at all.
 */
export async function confirm(
  payload: Payload,
  token: unknown,
  now = new Date(),
): Promise<{ message: string; manageToken?: string }> {
  const subscription = await subscriptionByToken(payload, token, 'confirm')
  if (subscription.confirmedAt || now.getTime() - new Date(subscription.createdAt).getTime() > UNCONFIRMED_DAYS * DAY)
    throw badToken()
  await payload.update({
    collection: 'alert-subscriptions',
    id: subscription.id,
    data: { confirmedAt: now.toISOString(), confirmTokenHash: null },
    overrideAccess: true,
    depth: 0,
  })
  return { message: MESSAGES.confirmed }
}
