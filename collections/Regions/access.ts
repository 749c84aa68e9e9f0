import type { CollectionConfig } from 'payload'

import { hasRole } from '../../src/access/hasRole'
import { publishedOr } from '../../src/access/publishedOr'
import { ownRegion, scoped } from '../../src/access/scoped'
import { versionsFor } from '../../src/access/versions'

/** A regional editor edits the page fields of their own region and nothing else. */
const ownRegionDocument = scoped({ all: ['redacteur'], role: 'regioredacteur', where: ownRegion('id') })

export const access: CollectionConfig['access'] = {
  read: publishedOr(ownRegionDocument),
  create: hasRole('redacteur'),
  update: ownRegionDocument,
  delete: hasRole('redacteur'),
  readVersions: versionsFor(ownRegionDocument),
}
