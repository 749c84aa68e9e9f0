import type { CollectionAfterChangeHook } from 'payload'

import type { Redirect } from '../../../payload-types'
import { copyTo, type RedirectTo } from '../../../src/redirects/target'

/**
 * The other half of collapsing: redirects that pointed at this one's old address now point where
 * this one leads (X→A stored, A→B added: X→B). Each is saved through the same checks, so one that
 * would now lead back to itself is refused and the whole save with it.
 */
export const collapseChains: CollectionAfterChangeHook<Redirect> = async ({ doc, req }) => {
  const { docs } = await req.payload.find({
    collection: 'redirects',
    where: { and: [{ 'to.type': { equals: 'custom' } }, { 'to.url': { equals: doc.from } }, { id: { not_equals: doc.id } }] },
    depth: 0,
    limit: 100,
    overrideAccess: true,
    req,
  })
  for (const older of docs) {
    await req.payload.update({
      collection: 'redirects',
      id: older.id,
      data: { to: copyTo(doc.to as RedirectTo) as Redirect['to'] },
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
  return doc
}
