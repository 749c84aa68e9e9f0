import type { CollectionBeforeChangeHook } from 'payload'

import { refuseField } from '../errors/refuseField'
import { labelHook } from '../plugins/kit'
import type { Role } from './roles'
import { type PortalUser, relationId } from './types'

const SCOPE_WORDS = { region: 'uw eigen regio', organisation: 'uw eigen organisatie' } as const

/**
 * A scoped editor cannot choose another scope. Left empty, the field is set to their own region or
 * organisation; another one is refused with a message that says why, instead of being quietly
 * replaced (which made "saved" look like the other region had been accepted). Access rules stop
 * them touching other documents; this stops them moving or creating one outside their scope.
 */
export const forceScope =
  (role: Role, field: string, scope: 'region' | 'organisation'): CollectionBeforeChangeHook =>
  labelHook(`forceScope(${field})`, ({ collection, data, req }) => {
    const user = req.user as PortalUser | null
    if (!user || user.role !== role) return data
    const own = relationId(user[scope])
    const chosen = relationId((data as Record<string, PortalUser['region']> | undefined)?.[field])
    if (chosen !== null && chosen !== undefined && String(chosen) !== String(own)) {
      refuseField(collection.slug, req, field, `U kunt alleen opslaan voor ${SCOPE_WORDS[scope]}. Kies die, of laat het veld leeg.`)
    }
    return { ...data, [field]: own }
  })
