import type { Training, TrainingSession } from '../../payload-types'
import { TRAINING_FORMATS } from '../constants/taxonomy'
import type { Taxonomies } from '../lib/content'
import { buildingBlockFacet, regionFacet } from '../lib/facets'
import type { FacetDefinition } from '../lib/finder'
import { audienceLabel } from '../lib/labels'
import { monthKey, monthLabel } from '../lib/trainings'

/** The labels of the trainings' formats, as the admin offers them. */
export const FORMAT_LABELS = TRAINING_FORMATS

/** The facets of /scholing; its Atom feed and e-mail alerts filter with the same ones. */
export function trainingFacets(
  taxonomies: Taxonomies,
  sessions: Map<string, TrainingSession[]>,
): FacetDefinition<Training>[] {
  return [
    {
      param: 'wanneer',
      label: 'Wanneer',
      values: (doc) => [...new Set((sessions.get(String(doc.id)) ?? []).map((s) => monthKey(s.startsAt)))],
      labelOf: monthLabel,
      order: (a, b) => a.localeCompare(b),
    },
    regionFacet(taxonomies, (doc: Training) => doc.regions),
    buildingBlockFacet(taxonomies, (doc: Training) => doc.buildingBlocks),
    { param: 'voor', label: 'Voor wie', values: (doc) => doc.audiences ?? [], labelOf: audienceLabel },
    { param: 'vorm', label: 'Vorm', values: (doc) => [doc.format], labelOf: (v) => FORMAT_LABELS[v] ?? v },
  ]
}
