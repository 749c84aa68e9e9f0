import { describe, expect, it } from 'vitest'

import { filtersFromParams } from '../../../src/vacancies/finder'

describe('filtersFromParams', () => {
  it('reads every facet from its own parameter, sorted, and the keyword trimmed', () => {
    expect(
      filtersFromParams({
        regio: ['rivierenland', 'achterhoek'],
        organisatie: 'veilig-thuis',
        functie: 'jeugdbeschermer',
        uren: '32-plus',
        soort: 'gezamenlijk',
        q: '  tiel ',
      }),
    ).toEqual({
      regio: ['achterhoek', 'rivierenland'],
      organisatie: ['veilig-thuis'],
      functie: ['jeugdbeschermer'],
      uren: ['32-plus'],
      soort: ['gezamenlijk'],
      q: 'tiel',
    })
  })

  it('gives every facet an empty list and no keyword when the URL has none', () => {
    expect(filtersFromParams({})).toEqual({ regio: [], organisatie: [], functie: [], uren: [], soort: [] })
  })
})
