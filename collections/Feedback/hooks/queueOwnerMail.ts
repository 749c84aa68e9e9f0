import type { CollectionAfterChangeHook } from 'payload'

import type { Feedback } from '../../../payload-types'
import { queueFeedbackMail } from '../../../src/feedback/mail'

/**
 * A new remark goes to the page's owner: a job on the mail queue, in the same transaction as the
 * remark, so it exists exactly when the remark was stored. A yes or no alone is not mailed.
 */
export const queueOwnerMail: CollectionAfterChangeHook<Feedback> = async ({ doc, operation, req }) => {
  if (operation === 'create' && doc.remark) await queueFeedbackMail(req, doc.id)
  return doc
}
