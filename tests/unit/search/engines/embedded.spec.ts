import { beforeAll, describe, expect, it } from 'vitest'

import { EmbeddedSearchProvider } from '../../../../src/search/engines/embedded'
import { BASE_SYNONYMS, glossaryGroups, mergeSynonymGroups } from '../../../../src/search/synonyms'
import { partsToHtml } from '../../../../src/search/text/highlight'
import { FACETS, type SearchRecord, type SearchRequest } from '../../../../src/search/types'
import { searchRecord } from '../../../helpers/searchRecords'

const record = searchRecord

const FIXTURES: SearchRecord[] = [
  record({
    objectID: 'wm:ots',
    title: 'Beëindiging van een ondertoezichtstelling',
    summary: 'Wat een gezin moet laten zien voordat de maatregel stopt, en hoe de overdracht verloopt.',
    headings: ['Gezamenlijk overdrachtsgesprek'],
    body: 'De jeugdbeschermer beschrijft concreet wat nodig is. Daarna volgt een warme overdracht aan het lokale team.',
    regions: ['noord-veluwe'],
    buildingBlocks: ['lokale-aanpak'],
    audiences: ['jeugdbeschermer'],
  }),
  record({
    objectID: 'global:escalation-model',
    type: 'escalatiemodel',
    title: 'Escalatiemodel',
    summary: 'Wat u doet als de samenwerking vastloopt terwijl de veiligheid van een kind in het geding is.',
    headings: ['Trede 1: overleg met de collega', 'Trede 2: leidinggevenden'],
    body: 'Eerst praten de professionals zelf. Lukt dat niet binnen twee werkdagen, dan schalen zij op.',
  }),
  record({
    objectID: 'reg:noord-veluwe',
    type: 'regio',
    title: 'Noord-Veluwe',
    summary: 'Afspraken en contactpunten in de regio Noord-Veluwe.',
    body: 'Veilig Thuis Noord- en Oost-Gelderland is bereikbaar voor advies. De jeugdbeschermingstafel komt wekelijks bijeen.',
    tags: ['Harderwijk', 'Elburg', 'Ermelo'],
    regions: ['noord-veluwe'],
  }),
  record({
    objectID: 'reg:achterhoek',
    type: 'regio',
    title: 'Achterhoek',
    summary: 'Afspraken en contactpunten in de Achterhoek.',
    body: 'Het Regionaal Expertteam helpt bij complexe vragen.',
    tags: ['Doetinchem', 'Winterswijk'],
    regions: ['achterhoek'],
  }),
  record({
    objectID: 'term:gi',
    type: 'begrip',
    title: 'Gecertificeerde instelling',
    keywords: ['GI'],
    summary: 'Organisatie die maatregelen van jeugdbescherming en jeugdreclassering uitvoert.',
  }),
  record({
    objectID: 'wm:tafel',
    title: 'Werkwijze van de jeugdbeschermingstafel',
    summary: 'Hoe de Raad voor de Kinderbescherming, de jeugdbeschermer en het lokale team samen een casus bespreken.',
    regions: ['achterhoek'],
    audiences: ['raad', 'lokaal-team'],
  }),
  record({
    objectID: 'vac:verlopen',
    type: 'vacature',
    title: 'Jeugdbeschermer gezocht',
    summary: 'Vacature die al gesloten is.',
    expiresAt: Date.UTC(2020, 0, 1),
  }),
  record({
    objectID: 'page:xss',
    type: 'pagina',
    title: 'Over <b>dit</b> portaal',
    summary: 'Uitleg over het portaal <script>alert("x")</script> en de privacy.',
  }),
]

const synonyms = mergeSynonymGroups([
  ...glossaryGroups([{ slug: 'ots', title: 'Ondertoezichtstelling', abbreviation: 'OTS', synonyms: ['OTS-maatregel'] }]),
  ...BASE_SYNONYMS,
])

const engine = new EmbeddedSearchProvider()

const ask = (query: string, extra: Partial<SearchRequest> = {}) =>
  engine.search({ query, filters: {}, facets: FACETS, page: 1, hitsPerPage: 10, now: Date.UTC(2026, 5, 1), ...extra })

const top = async (query: string, n = 3) => (await ask(query)).hits.slice(0, n).map((hit) => hit.id)

/** One test a case: each query of `first` must find its page first. */
const findsFirst = (cases: { what: string; first: [query: string, id: string][] }[]) =>
  it.each(cases)('$what', async ({ first }) => {
    for (const [query, id] of first) expect(await top(query, 1), query).toEqual([id])
  })

beforeAll(async () => {
  await engine.rebuild(FIXTURES, synonyms)
})

describe('embedded engine: Dutch text handling', () => {
  findsFirst([
    { what: 'folds accents both ways', first: [['beeindiging', 'wm:ots'], ['BEËINDIGING', 'wm:ots']] },
    { what: 'stems: another form of the word finds the page', first: [['beëindigen', 'wm:ots'], ['overdrachten', 'wm:ots']] },
    { what: 'tolerates typos', first: [['escalatiemodle', 'global:escalation-model'], ['ondertoezigtstelling', 'wm:ots']] },
    { what: 'matches prefixes while typing', first: [['escal', 'global:escalation-model'], ['jeugdbeschermingst', 'wm:tafel']] },
    // "over" is a stop word, and also how "overdracht" starts.
    { what: 'completes a word that is still being typed even when it reads as a stop word', first: [['over', 'wm:ots']] },
    { what: 'drops stop words from full questions', first: [['wat moet ik doen als de samenwerking vastloopt', 'global:escalation-model']] },
    { what: 'joins hyphenated names', first: [['noordveluwe', 'reg:noord-veluwe'], ['noord veluwe', 'reg:noord-veluwe']] },
  ])
})

describe('embedded engine: synonyms and abbreviations', () => {
  findsFirst([
    { what: 'expands an abbreviation to the full term', first: [['ots beeindigen', 'wm:ots']] },
    { what: 'expands a full term to its abbreviation', first: [['gi', 'term:gi'], ['gecertificeerde instelling', 'term:gi']] },
    { what: 'finds multi-word synonyms (VT = Veilig Thuis, RvdK = Raad voor de Kinderbescherming)', first: [['VT noord veluwe', 'reg:noord-veluwe'], ['rvdk', 'wm:tafel']] },
  ])

  it('merges glossary groups with the built-in abbreviations', () => {
    const ots = synonyms.filter((group) => group.terms.some((t) => t.toLowerCase() === 'ots'))
    expect(ots).toHaveLength(1)
    expect(ots[0]!.id).toBe('glossary-ots')
    expect(ots[0]!.terms).toEqual(expect.arrayContaining(['Ondertoezichtstelling', 'OTS', 'OTS-maatregel']))
  })
})

describe('embedded engine: filters, facets, paging', () => {
  it('counts facets over the matching set, ignoring a facet’s own selection', async () => {
    const result = await ask('jeugdbeschermer', { filters: { region: ['achterhoek'] } })
    expect(result.hits.map((h) => h.id)).toEqual(['wm:tafel'])
    const regions = Object.fromEntries((result.facets.region ?? []).map((f) => [f.value, f.count]))
    expect(regions).toEqual({ achterhoek: 1, 'noord-veluwe': 1 })
    const types = Object.fromEntries((result.facets.type ?? []).map((f) => [f.value, f.count]))
    expect(types).toEqual({ werkwijze: 1 })
  })

  it('widens within a facet and narrows across facets', async () => {
    const both = await ask('', { filters: { region: ['achterhoek', 'noord-veluwe'] } })
    expect(both.total).toBe(4)
    const narrowed = await ask('', { filters: { region: ['achterhoek', 'noord-veluwe'], type: ['regio'] } })
    expect(narrowed.hits.map((h) => h.id).sort()).toEqual(['reg:achterhoek', 'reg:noord-veluwe'])
  })

  it('leaves expired vacancies out', async () => {
    expect((await ask('jeugdbeschermer gezocht')).hits.map((h) => h.id)).not.toContain('vac:verlopen')
    const before = await ask('jeugdbeschermer gezocht', { now: Date.UTC(2019, 0, 1) })
    expect(before.hits.map((h) => h.id)).toContain('vac:verlopen')
  })

  it('pages through results', async () => {
    const first = await ask('', { hitsPerPage: 3 })
    const second = await ask('', { hitsPerPage: 3, page: 2 })
    expect(first.total).toBe(7)
    expect(first.pageCount).toBe(3)
    expect(new Set([...first.hits, ...second.hits].map((h) => h.id)).size).toBe(6)
  })

  it('answers odd input with empty results, not errors', async () => {
    for (const query of ['!!!', '"; DROP TABLE pages; --', '💥🔥', 'de het een', '%_%', '\\', 'a'.repeat(200)]) {
      const result = await ask(query)
      expect(result.total).toBe(0)
    }
  })
})

describe('embedded engine: snippets', () => {
  it('marks the matched words in the snippet and the title', async () => {
    const [hit] = (await ask('overdracht')).hits
    expect(partsToHtml(hit!.snippetParts)).toContain('<mark>overdracht</mark>')
    const [title] = (await ask('escalatiemodel')).hits
    expect(partsToHtml(title!.titleParts)).toBe('<mark>Escalatiemodel</mark>')
  })

  it('escapes HTML from the content', async () => {
    const [hit] = (await ask('portaal privacy')).hits
    expect(hit!.id).toBe('page:xss')
    const html = partsToHtml(hit!.snippetParts)
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;')
    expect(partsToHtml(hit!.titleParts)).toBe('Over &lt;b&gt;dit&lt;/b&gt; <mark>portaal</mark>')
  })

  it('updates and removes records in place', async () => {
    const local = new EmbeddedSearchProvider()
    await local.rebuild(FIXTURES, synonyms)
    await local.upsert([{ ...FIXTURES[0]!, title: 'Afsluiten van een ondertoezichtstelling' }])
    const updated = await local.search({ query: 'afsluiten', filters: {}, facets: [], page: 1, hitsPerPage: 5 })
    expect(updated.hits.map((h) => h.id)).toEqual(['wm:ots'])
    await local.remove(['wm:ots'])
    const removed = await local.search({ query: 'ondertoezichtstelling', filters: {}, facets: [], page: 1, hitsPerPage: 5 })
    expect(removed.hits.map((h) => h.id)).not.toContain('wm:ots')
  })
})
