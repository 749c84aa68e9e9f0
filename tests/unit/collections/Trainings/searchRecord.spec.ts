import { describe, expect, it } from 'vitest'

import type { Training } from '../../../../payload-types'
import { buildTrainingRecord } from '../../../../collections/Trainings/searchRecord'

const base = {
  id: 3,
  slug: 'veiligheid',
  title: 'Veiligheid',
  updatedAt: '2026-03-01T10:00:00.000Z',
  createdAt: '2026-03-01T10:00:00.000Z',
}

describe('the labels of a choice in a search record', () => {
  it('tags a training with the label of its format', () => {
    const training = { ...base, format: 'blended' } as unknown as Training
    expect(buildTrainingRecord(training)!.tags).toContain('Klassikaal en online')
  })
})
