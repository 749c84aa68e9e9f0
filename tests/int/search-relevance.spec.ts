import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runSearch } from '../../src/search/query'
import { reindexAll } from '../../src/search/sync/reindex'
import { type BootedPortal, bootPayload } from '../helpers/bootPayload'
import { testDatabases } from '../helpers/databases'

/**
 * How professionals type: short, misspelled, abbreviated, without diacritics, as a question, or a
 * region's or municipality's name. Each query names the page a colleague would expect among the
 * first three results.
 */
const QUERIES: [query: string, expected: string][] = [
  // Abbreviations and synonyms from the glossary
  ['ots beeindigen', '/werkwijzen/overdracht-na-beeindiging-van-een-maatregel'],
  ['wat is een ots', '/begrippen#ondertoezichtstelling'],
  ['GI', '/begrippen#gecertificeerde-instelling'],
  ['rvdk', '/begrippen#raad-voor-de-kinderbescherming'],
  ['RET', '/bouwstenen/regionaal-expertteam-in-elke-regio'],
  ['skj registratie', '/begrippen#stichting-kwaliteitsregister-jeugd'],
  ['lvb training', '/scholing/gezinnen-met-een-licht-verstandelijke-beperking'],
  ['wijkteam', '/begrippen#lokaal-team'],
  ['poh jeugd', '/begrippen#praktijkondersteuner-huisarts-jeugd'],
  ['jb tafel', '/begrippen#jeugdbeschermingstafel'],
  ['gezinsvoogd', '/begrippen#jeugdbeschermer'],
  ['VT noord veluwe', '/toekomsttuinen/toekomsttuin-noord-veluwe'],
  // Typos
  ['escalatiemodle', '/escalatiemodel'],
  ['familiegroepplan', '/werkwijzen/familiegroepsplan-en-netwerk-versterken'],
  ['signs of savety', '/werkwijzen/werken-met-signs-of-safety'],
  ['jeugdbeschermingstaffel', '/werkwijzen/bespreking-aan-de-jeugdbeschermingstafel'],
  ['ondertoezigtstelling', '/begrippen#ondertoezichtstelling'],
  ['regierol pdac', '/werkwijzen/regierol-in-de-pdca-cyclus'],
  ['toekomstuin ede', '/toekomsttuinen/toekomsttuin-ede'],
  ['riviereland', '/regios/rivierenland'],
  // Without diacritics
  ['beeindiging maatregel overdracht', '/werkwijzen/overdracht-na-beeindiging-van-een-maatregel'],
  ['een visie en kernwaarden', '/bouwstenen/een-visie-en-kernwaarden'],
  ['een vereenvoudigd aanmeldproces', '/bouwstenen/vereenvoudigd-aanmeldproces-jeugdhulp'],
  ['clientvertrouwenspersoon', '/begrippen#clientvertrouwenspersoon'],
  // Prefixes, as typed into the header box
  ['escal', '/escalatiemodel'],
  ['familiegr', '/werkwijzen/familiegroepsplan-en-netwerk-versterken'],
  ['toekomsttuin nijm', '/toekomsttuinen/toekomsttuin-nijmegen'],
  // Full questions
  ['wat doe ik als de samenwerking met een andere organisatie vastloopt', '/werkwijzen/escaleren-als-de-samenwerking-vastloopt'],
  ['hoe meld ik een gezin aan bij de jeugdbeschermingstafel', '/werkwijzen/bespreking-aan-de-jeugdbeschermingstafel'],
  ['hoe vraag ik advies aan de gecertificeerde instelling', '/werkwijzen/consultatie-en-advies-door-de-gi'],
  ['wanneer moet ik opschalen', '/werkwijzen/tijdig-op-en-afschalen'],
  ['hoe regel ik jeugdhulp tijdens een maatregel', '/werkwijzen/jeugdhulp-aanmelden-vanuit-een-maatregel'],
  ['wie zit er in de treden van het escalatiemodel', '/escalatiemodel'],
  // Regions, municipalities and pilots
  ['achterhoek', '/regios/achterhoek'],
  ['foodvalley', '/regios/foodvalley'],
  ['midden ijssel', '/regios/midden-ijssel-oost-veluwe'],
  ['doetinchem', '/regios/achterhoek'],
  ['wageningen', '/regios/foodvalley'],
  ['toekomsttuin arnhem', '/toekomsttuinen/toekomsttuin-arnhem'],
  ['toekomsttuin tiel school', '/toekomsttuinen/toekomsttuin-tiel'],
  ['werkafspraken huisarts foodvalley', '/regios/foodvalley#werkafspraken-met-huisartsen-en-poh-jeugd-foodvalley'],
  ['regionaal expertteam crisisplaatsing', '/regios/rijk-van-nijmegen#regionaal-expertteam-bij-dreigende-crisisplaatsing-rijk-van-nijmegen'],
  // Topics
  ['bouwsteen 6', '/bouwstenen/escalatiemodel-bij-stagnerende-samenwerking'],
  ['gezamenlijk werven en opleiden', '/bouwstenen/gezamenlijk-werven-en-opleiden'],
  ['kernwaarden', '/visie'],
  ['training drang en dwang', '/scholing/werken-met-drang-en-dwang'],
  ['meldcode kindermishandeling training', '/scholing/meldcode-huiselijk-geweld-en-kindermishandeling'],
  ['estafettemodel', '/begrippen#estafettemodel'],
  ['jeugdbescherming tafel', '/begrippen#jeugdbeschermingstafel'],
  ['samenloop jeugdreclassering', '/scholing/samenloop-jeugdbescherming-en-jeugdreclassering'],
  ['privacy', '/paginas/privacy'],
]

const MIN_HIT_RATE = 0.9

function loadSeed(): Promise<{ seedPortal: (payload: Payload, options?: { log?: (line: string) => void }) => Promise<unknown> }> | null {
  if (!fs.existsSync(path.resolve(import.meta.dirname, '../../seed/index.ts'))) return null
  return import('../../seed/index')
}

const seed = loadSeed()
const [sqlite] = (await testDatabases()).filter((d) => d.kind === 'sqlite')
if (!seed) console.warn('[search-relevance] overgeslagen: seed/index.ts bestaat (nog) niet')

describe.runIf(Boolean(seed && sqlite))('search relevance on the demo content (SQLite)', () => {
  let portal: BootedPortal
  let built = ''

  beforeAll(async () => {
    portal = await bootPayload(sqlite!)
    const { seedPortal } = await seed!
    await seedPortal(portal.payload)
    const result = await reindexAll(portal.payload)
    built = `${result.records} pagina’s geïndexeerd in ${result.milliseconds} ms`
  })
  afterAll(async () => {
    await portal?.shutdown()
  })

  it(`puts the expected page in the top 3 for at least ${MIN_HIT_RATE * 100}% of ${QUERIES.length} queries`, async () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40)
    const misses: string[] = []
    const lines: string[] = []
    for (const [query, expected] of QUERIES) {
      const { hits } = await runSearch(portal.payload, { q: query, filters: {}, page: 1, limit: 5 })
      const rank = hits.findIndex((hit) => hit.url === expected) + 1
      const ok = rank >= 1 && rank <= 3
      lines.push(`${ok ? '✓' : '✗'} ${rank || '-'}  ${query.padEnd(60)} ${expected}`)
      if (!ok) misses.push(`  “${query}” → ${expected}; top 3: ${hits.slice(0, 3).map((h) => h.url).join(', ') || '(niets)'}`)
    }
    const rate = (QUERIES.length - misses.length) / QUERIES.length
    console.log(
      `[search-relevance] ${built}; ${QUERIES.length - misses.length}/${QUERIES.length} in de top 3 (${(rate * 100).toFixed(1)}%)\n${lines.join('\n')}` +
        (misses.length ? `\nMissers:\n${misses.join('\n')}` : ''),
    )
    expect(rate).toBeGreaterThanOrEqual(MIN_HIT_RATE)
  })
})
