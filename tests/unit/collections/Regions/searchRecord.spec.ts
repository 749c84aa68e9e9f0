import { describe, expect, it } from 'vitest'

import type { Region } from '../../../../payload-types'
import { buildRegionRecord } from '../../../../collections/Regions/searchRecord'

const base = {
  id: 3,
  slug: 'rivierenland',
  title: 'Rivierenland',
  updatedAt: '2026-03-01T10:00:00.000Z',
  createdAt: '2026-03-01T10:00:00.000Z',
}

describe('the labels of a choice in a search record', () => {
  it('finds a region by the kind of its contact points, but not by "Overig"', () => {
    const region = {
      ...base,
      contactPoints: [
        { kind: 'ret', name: 'Team Rivierenland', description: 'Voor vastgelopen hulp.' },
        { kind: 'overig', name: 'Loket', description: 'Algemene vragen.' },
      ],
    } as unknown as Region
    const record = buildRegionRecord(region)!
    expect(record.body).toContain('Regionaal Expertteam')
    expect(record.body).toContain('Algemene vragen.')
    expect(record.body).not.toMatch(/Overig/)
  })
})
