import { beforeAll, describe, expect, it } from 'vitest'

import { EmbeddedSearchProvider } from '../../../../src/search/engines/embedded'
import { searchRecord } from '../../../helpers/searchRecords'

/**
 * Stemming and accent folding through the embedded engine itself. Typo tolerance and completions
 * could otherwise hide a missing analyser step (one edit away, or a longer word that starts the
 * same), so every question here uses a word that the index already knows in one document: then no
 * typo tolerance is applied, and only the analyser can bring the other spelling or form along.
 */

const record = (objectID: string, title: string, body: string) => searchRecord({ objectID, title, body })

const FIXTURES = [
  // One form of a word each: singular and plural.
  record('enkelvoud', 'Het eerste gesprek', 'Na de melding volgt een gesprek met het gezin.'),
  record('meervoud', 'Gesprekken voeren', 'Drie gesprekken in de eerste week.'),
  record('afspraak', 'Een afspraak maken', 'De afspraak staat in het plan.'),
  record('afspraken', 'Regionale afspraken', 'Alle afspraken op een rij.'),
  // One spelling each: with and without the accent.
  record('accent', 'Kinderopvang en crèche', 'Wat de crèche moet weten over de maatregel.'),
  record('zonder-accent', 'Creche zonder accent', 'Soms geschreven als creche.'),
  record('enquete-accent', 'De enquête onder jeugdbeschermers', 'Uitkomsten van de enquête.'),
  record('enquete-plat', 'Enquete-uitkomsten', 'De enquete van vorig jaar.'),
]

const engine = new EmbeddedSearchProvider()
const ids = async (query: string) =>
  (await engine.search({ query, filters: {}, facets: [], page: 1, hitsPerPage: 20, now: Date.UTC(2026, 5, 1) })).hits
    .map((hit) => hit.id)
    .sort()

/** Each of `queries` finds exactly `found`. */
const eachFinds = async (queries: string[], found: string[]) => {
  for (const query of queries) expect(await ids(query), query).toEqual(found)
}

beforeAll(async () => {
  await engine.rebuild(FIXTURES, [])
})

describe('embedded engine: Dutch stemming', () => {
  it('finds the singular from the plural and the other way round', async () => {
    await eachFinds(['gesprekken', 'gesprek'], ['enkelvoud', 'meervoud'])
    await eachFinds(['afspraken', 'afspraak'], ['afspraak', 'afspraken'])
  })
})

describe('embedded engine: accent folding', () => {
  it('finds a word written with or without its accent, whichever way it is asked', async () => {
    await eachFinds(['creche', 'crèche'], ['accent', 'zonder-accent'])
    await eachFinds(['enquete', 'ENQUÊTE'], ['enquete-accent', 'enquete-plat'])
  })
})
