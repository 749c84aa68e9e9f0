import type { RelationshipField } from 'payload'

import { scopedChoice } from '../access/scopeInAdmin'

/**
 * The one region a piece of regional work belongs to (a local agreement, a pilot, a measurement):
 * required, indexed for the region's page, and in the admin a regioredacteur is offered only their
 * own. The collection keeps it there on save with `keepOwnRegion('region')`, and lists only those
 * documents for them with `ownRegionList('region')` (src/access/factories.ts).
 */
export const ownRegionField = (): RelationshipField => ({
  name: 'region',
  label: 'Regio',
  type: 'relationship',
  relationTo: 'regions',
  required: true,
  index: true,
  ...scopedChoice('regioredacteur', 'region'),
})
