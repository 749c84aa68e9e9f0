import type { EscalationModel } from '../../../payload-types'
import type { SearchRecord } from '../../search/types'
import { assemble, globalPage } from '../../search/records/common'

export const buildEscalationModelRecord = (doc: EscalationModel): SearchRecord | null => {
  const levels = doc.levels ?? []
  return assemble({
    ...globalPage('escalation-model', 'escalatiemodel', '/escalatiemodel', doc),
    // What people call it when they need it.
    keywords: ['escalatiemodel', 'escaleren', 'opschalen', 'doorbraak'],
    headings: [
      ...levels.map((l) => l.title),
      ...(doc.criteria ?? []).map((c) => c.title),
      ...(doc.principles ?? []).map((p) => p.title),
    ],
    text: [
      ...(doc.criteria ?? []).map((c) => c.description),
      ...levels.flatMap((l) => [
        l.who,
        l.to,
        `binnen ${l.withinWorkingDays} werkdagen`,
        l.expectedOutcome,
        l.question,
        l.contact,
      ]),
      ...(doc.principles ?? []).map((p) => p.description),
    ],
  })
}
