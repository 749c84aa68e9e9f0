import type { SearchRecord } from '../../src/search/types'

/**
 * A search record of a working method with every other field empty, so that a test names only the
 * fields its question is about.
 */
export const searchRecord = (partial: Partial<SearchRecord> & Pick<SearchRecord, 'objectID' | 'title'>): SearchRecord => ({
  type: 'werkwijze',
  keywords: [],
  summary: '',
  headings: [],
  body: '',
  tags: [],
  regions: [],
  buildingBlocks: [],
  audiences: [],
  url: `/werkwijzen/${partial.objectID}`,
  updatedAt: '2026-01-01T00:00:00.000Z',
  expiresAt: Date.UTC(9999, 0, 1),
  ...partial,
})
