import { describe, expect, it } from 'vitest'

import { longestMatches } from '../../../src/search/synonyms'

const known = new Map([
  ['raad voor de kinderbescherming', 'RvdK'],
  ['raad', 'Raad'],
  ['veilig thuis', 'VT'],
])
const lookup = (slice: string[]) => known.get(slice.join(' '))
const runs = (query: string, longest = 4) =>
  longestMatches(query.split(' '), longest, lookup).map(({ slice, match }) => [slice.join(' '), match ?? null])

describe('longest matches', () => {
  it('takes the longest known run first, and a shorter one where the longer does not fit', () => {
    expect(runs('bel de raad voor de kinderbescherming of de raad')).toEqual([
      ['bel', null],
      ['de', null],
      ['raad voor de kinderbescherming', 'RvdK'],
      ['of', null],
      ['de', null],
      ['raad', 'Raad'],
    ])
  })

  it('looks no further than the longest phrase it knows', () => {
    expect(runs('raad voor de kinderbescherming', 3)).toEqual([
      ['raad', 'Raad'],
      ['voor', null],
      ['de', null],
      ['kinderbescherming', null],
    ])
  })

  it('matches a run at the very end and gives nothing for nothing', () => {
    expect(runs('meld bij veilig thuis')).toEqual([
      ['meld', null],
      ['bij', null],
      ['veilig thuis', 'VT'],
    ])
    expect(longestMatches([], 4, lookup)).toEqual([])
  })
})
