import crypto from 'node:crypto'

import type { Payload } from 'payload'

import type { AlertChange, AlertSubscription } from '../../payload-types'
import { queueAlertMail } from './mail'
import type { Frequency } from './subscribe'

/** A change older than this is not news any more; it is not sent to a subscription that missed it. */
const LOOKBACK_DAYS = 14
const DAY = 24 * 60 * 60 * 1000

export type DigestRun = { subscriptions: number; digests: number; deliveries: number }

/**
 * One digest run for one frequency (immediately: every minute; daily; weekly). For each confirmed
 * subscription of that frequency it takes the changes of its list since it was confirmed that it
 * has not had yet, and claims each by creating its delivery record — unique per subscription and
 * change. A claim that another run (a retry, a second instance) made first fails on the unique
 * index and is left to that run. What this run claimed becomes one mail.
 */
export async function buildDigests(payload: Payload, frequency: Frequency, now = new Date()): Promise<DigestRun> {
  const run: DigestRun = { subscriptions: 0, digests: 0, deliveries: 0 }
  const since = new Date(now.getTime() - LOOKBACK_DAYS * DAY).toISOString()
  const { docs: subscriptions } = await payload.find({
    collection: 'alert-subscriptions',
    where: { and: [{ frequency: { equals: frequency } }, { confirmedAt: { exists: true } }] },
    pagination: false,
    limit: 100_000,
    depth: 0,
    overrideAccess: true,
    select: { list: true, confirmedAt: true },
  })
  for (const subscription of subscriptions as Pick<AlertSubscription, 'id' | 'list' | 'confirmedAt'>[]) {
    run.subscriptions += 1
    const listId = typeof subscription.list === 'object' ? subscription.list.id : subscription.list
    const confirmedAt = subscription.confirmedAt as string
    const { docs: changes } = await payload.find({
      collection: 'alert-changes',
      where: {
        and: [
          { lists: { in: [listId] } },
          { createdAt: { greater_than_equal: confirmedAt > since ? confirmedAt : since } },
          { createdAt: { less_than_equal: now.toISOString() } },
        ],
      },
      pagination: false,
      limit: 500,
      depth: 0,
      overrideAccess: true,
      select: { key: true },
    })
    if (changes.length === 0) continue
    const { docs: had } = await payload.find({
      collection: 'alert-deliveries',
      where: { subscription: { equals: subscription.id } },
      pagination: false,
      limit: 10_000,
      depth: 0,
      overrideAccess: true,
      select: { change: true },
    })
    const delivered = new Set(had.map((d) => String(typeof d.change === 'object' ? d.change.id : d.change)))
    const digest = crypto.randomUUID()
    let claimed = 0
    for (const change of changes as Pick<AlertChange, 'id'>[]) {
      if (delivered.has(String(change.id))) continue
      if (await claim(payload, subscription.id, change.id, digest)) claimed += 1
    }
    if (claimed === 0) continue
    await queueAlertMail(payload, { kind: 'digest', subscription: String(subscription.id), digest })
    run.digests += 1
    run.deliveries += claimed
  }
  return run
}

async function claim(
  payload: Payload,
  subscription: AlertSubscription['id'],
  change: AlertChange['id'],
  digest: string,
): Promise<boolean> {
  const key = `${subscription}:${change}`
  try {
    await payload.create({
      collection: 'alert-deliveries',
      data: { key, subscription, change, digest },
      overrideAccess: true,
      depth: 0,
    })
    return true
  } catch (error) {
    const taken = await payload.count({
      collection: 'alert-deliveries',
      where: { key: { equals: key } },
      overrideAccess: true,
    })
    if (taken.totalDocs > 0) return false
    throw error
  }
}
