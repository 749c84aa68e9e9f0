import type { CollectionBeforeChangeHook } from 'payload'

import type { Vacancy } from '../../payload-types'
import { isPastClosingDay } from './closingDay'

/**
 * Editors never set the status themselves. It follows the closing date when a vacancy is created
 * or its closing date is changed (moving the date forward reopens it); otherwise only the closing
 * job (closeExpiredVacancies) changes it, as the days pass.
 */
export const setStatusFromClosingDate: CollectionBeforeChangeHook<Vacancy> = ({
  data,
  originalDoc,
  operation,
  context,
}) => {
  if (context?.closingJob) return data
  const closingDate = data.closingDate ?? originalDoc?.closingDate
  const dateChanged =
    operation === 'create' || (data.closingDate !== undefined && data.closingDate !== originalDoc?.closingDate)
  if (closingDate && dateChanged) return { ...data, vacancyStatus: isPastClosingDay(closingDate) ? 'closed' : 'open' }
  return { ...data, vacancyStatus: originalDoc?.vacancyStatus ?? 'open' }
}
