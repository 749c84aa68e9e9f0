import type { CollectionConfig } from 'payload'

import { draftedContentAccess } from '../../src/access/factories'
import { ownOrganisation, scoped } from '../../src/access/scoped'

/** A werver edits the vacancies of their own organisation. */
const recruiter = scoped({ role: 'werver', where: ownOrganisation('organisation') })

export const access: CollectionConfig['access'] = draftedContentAccess(recruiter)
