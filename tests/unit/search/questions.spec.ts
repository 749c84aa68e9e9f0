import { describe, expect, it } from 'vitest'

import { EmbeddedSearchProvider } from '../../../src/search/engines/embedded'
import { queryIntent, typeWeight } from '../../../src/search/intent'
import { nearestTerms } from '../../../src/search/suggest'
import { FILLER_WEIGHT, glossaryGroups, SynonymExpander } from '../../../src/search/synonyms'
import { searchRecord } from '../../helpers/searchRecords'

const record = searchRecord

const GLOSSARY = glossaryGroups([
  {
    slug: 'escalatiemodel',
    title: 'Escalatiemodel',
    synonyms: ['doorbraakroute'],
    alsoSearchedAs: ['niet eens worden', 'loopt vast'],
  },
  { slug: 'lokaal-team', title: 'Lokaal team', abbreviation: 'LT', synonyms: ['wijkteam'] },
])

describe('questions as professionals type them', () => {
  it('reads "Ook gezocht als" over function words, one way only', () => {
    const expander = new SynonymExpander(GLOSSARY)
    // "niet eens worden" is nothing but stop words, and still leads to the term.
    const units = expander.expand('wat doe ik als de GI en het wijkteam het niet eens worden')
    const related = units.find((u) => u.colloquial)
    expect(related?.alternatives).toContainEqual(['escalatiemodel'])
    expect(units.find((u) => u.alternatives[0]!.includes('wijkteam'))?.alternatives).toContainEqual(['lokaal', 'team'])
    // Case and punctuation do not matter; another verb form is a phrase of its own for editors to add.
    expect(expander.expand('De samenwerking LOOPT vast!').some((u) => u.colloquial)).toBe(true)
    expect(expander.expand('de samenwerking liep vast').some((u) => u.colloquial)).toBe(false)
    // One way: the term does not expand to the visitor's phrase.
    expect(expander.expand('escalatiemodel')[0]!.alternatives.flat()).not.toContain('eens')
  })

  it('weighs filler words low without dropping them', () => {
    const units = new SynonymExpander([]).expand('wat doet een jeugdbeschermer precies')
    expect(units.map((u) => [u.alternatives[0]!.join(' '), u.weight])).toEqual([
      ['doet', FILLER_WEIGHT],
      ['jeugdbeschermer', 1],
      ['precies', FILLER_WEIGHT],
    ])
  })

  it('reads the kind of answer from the question words', () => {
    expect(queryIntent('wat is een ots').kind).toBe('definition')
    expect(queryIntent('hoe meld ik een gezin aan').kind).toBe('procedure')
    expect(queryIntent('wat doe ik als het vastloopt').kind).toBe('procedure')
    expect(queryIntent('ots beeindigen').kind).toBe('none')
    expect(queryIntent('maatregel afgelopen', true).kind).toBe('procedure')
    expect(queryIntent('in welke regio ligt tiel').named).toBe('regio')
    expect(typeWeight('begrip', queryIntent('wat is een ots'))).toBeGreaterThan(
      typeWeight('begrip', queryIntent('hoe beeindig ik een ots')),
    )
  })

  it('puts the page that answers every part of a question above pages that repeat one word', async () => {
    const provider = new EmbeddedSearchProvider()
    await provider.rebuild(
      [
        ...Array.from({ length: 6 }, (_, i) =>
          record({
            objectID: `org:${i}`,
            type: 'organisatie',
            title: `Lokale teams regio ${i}`,
            summary: 'Elke gemeente heeft een eigen lokaal team, ook wel wijkteam of sociaal team.',
            body: 'Het lokale team, het wijkteam, helpt gezinnen. Lokaal team en wijkteam werken samen met de GI.',
          }),
        ),
        record({
          objectID: 'global:escalation-model',
          type: 'escalatiemodel',
          title: 'Escalatiemodel bij stagnerende samenwerking',
          summary: 'Als u er met een professional van een andere organisatie niet uitkomt.',
          body: 'Professionals van lokaal team en GI verschillen van inzicht.',
        }),
      ],
      GLOSSARY,
    )
    const { hits, total } = await provider.search({
      query: 'wat doe ik als de GI en het wijkteam het niet eens worden',
      filters: {},
      facets: [],
      page: 1,
      hitsPerPage: 3,
    })
    expect(total).toBe(7)
    expect(hits[0]?.id).toBe('global:escalation-model')
  })

  it('suggests the nearest glossary terms by typo or by the start of a compound', () => {
    const sources = [
      { title: 'Voogdij', names: ['Voogdij', 'gezagsbeëindigende maatregel'] },
      { title: 'Ondertoezichtstelling', names: ['Ondertoezichtstelling', 'OTS'] },
      { title: 'Caseload', names: ['Caseload', 'werklast'] },
    ]
    expect(nearestTerms('voogdijschap', sources)).toEqual(['Voogdij'])
    expect(nearestTerms('ondertoezichtsteling', sources)[0]).toBe('Ondertoezichtstelling')
    expect(nearestTerms('kinderopvangtoeslag', sources)).toEqual([])
    expect(nearestTerms('de', sources)).toEqual([])
  })
})
