import type { DataFromCollectionSlug, DataFromGlobalSlug } from 'payload'

import type { SearchRecord } from '../types'
import { buildBuildingBlockRecord } from '../../../collections/BuildingBlocks/searchRecord'
import { buildDocumentRecord } from '../../../collections/Documents/searchRecord'
import { buildEscalationModelRecord } from '../../globals/EscalationModel/searchRecord'
import { buildGlossaryTermRecord } from '../../../collections/GlossaryTerms/searchRecord'
import { buildLocalAgreementRecord } from '../../../collections/LocalAgreements/searchRecord'
import { buildOrganisationRecord } from '../../../collections/Organisations/searchRecord'
import { buildPageRecord } from '../../../collections/Pages/searchRecord'
import { buildPilotRecord } from '../../../collections/Pilots/searchRecord'
import { buildRegionRecord } from '../../../collections/Regions/searchRecord'
import { buildTrainingRecord } from '../../../collections/Trainings/searchRecord'
import { buildVacancyRecord } from '../../../collections/Vacancies/searchRecord'
import { buildVisionRecord } from '../../globals/Vision/searchRecord'
import { buildWorkingMethodRecord } from '../../../collections/WorkingMethods/searchRecord'

export const SEARCHABLE_COLLECTIONS = [
  'pages',
  'building-blocks',
  'working-methods',
  'glossary-terms',
  'regions',
  'local-agreements',
  'pilots',
  'trainings',
  'vacancies',
  'organisations',
  'documents',
] as const

export type SearchableCollection = (typeof SEARCHABLE_COLLECTIONS)[number]

export const SEARCHABLE_GLOBALS = ['vision', 'escalation-model'] as const

export type SearchableGlobal = (typeof SEARCHABLE_GLOBALS)[number]

export const isSearchableCollection = (slug: string): slug is SearchableCollection =>
  (SEARCHABLE_COLLECTIONS as readonly string[]).includes(slug)

export const isSearchableGlobal = (slug: string): slug is SearchableGlobal =>
  (SEARCHABLE_GLOBALS as readonly string[]).includes(slug)

export const COLLECTION_BUILDERS: {
  [K in SearchableCollection]: (doc: DataFromCollectionSlug<K>) => SearchRecord | null
} = {
  pages: buildPageRecord,
  'building-blocks': buildBuildingBlockRecord,
  'working-methods': buildWorkingMethodRecord,
  'glossary-terms': buildGlossaryTermRecord,
  regions: buildRegionRecord,
  'local-agreements': buildLocalAgreementRecord,
  pilots: buildPilotRecord,
  trainings: buildTrainingRecord,
  vacancies: buildVacancyRecord,
  organisations: buildOrganisationRecord,
  documents: buildDocumentRecord,
}

export const GLOBAL_BUILDERS: { [K in SearchableGlobal]: (doc: DataFromGlobalSlug<K>) => SearchRecord | null } = {
  vision: buildVisionRecord,
  'escalation-model': buildEscalationModelRecord,
}

/**
 * Records that carry the name of a document elsewhere (a region's name in a local agreement's
 * tags, a building block's slug as facet): when that document is renamed or unpublished, these
 * records are rebuilt too.
 */
export const DEPENDENTS: Partial<Record<SearchableCollection, { collection: SearchableCollection; field: string }[]>> = {
  regions: [
    { collection: 'working-methods', field: 'region' },
    { collection: 'local-agreements', field: 'region' },
    { collection: 'pilots', field: 'region' },
    { collection: 'trainings', field: 'regions' },
    { collection: 'vacancies', field: 'regions' },
    { collection: 'organisations', field: 'regions' },
    { collection: 'building-blocks', field: 'progress.region' },
    { collection: 'documents', field: 'regions' },
  ],
  'building-blocks': [
    { collection: 'working-methods', field: 'buildingBlocks' },
    { collection: 'local-agreements', field: 'buildingBlocks' },
    { collection: 'pilots', field: 'buildingBlocks' },
    { collection: 'trainings', field: 'buildingBlocks' },
    { collection: 'documents', field: 'buildingBlocks' },
  ],
  organisations: [
    { collection: 'local-agreements', field: 'partners' },
    { collection: 'pilots', field: 'partners' },
    { collection: 'trainings', field: 'provider' },
    { collection: 'vacancies', field: 'organisation' },
  ],
}
