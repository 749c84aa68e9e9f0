import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import * as searchIndex from '../../../src/search/indexOwner'
import { runSearch } from '../../../src/search/query'
import { testDatabases } from '../../helpers/databases'
import { usePayload } from '../../helpers/usePayload'
import { RELEVANCE_CASES } from './relevance.queries'

/** Targets of issue 13: the expected page first for 85 %, among the first three for 95 %. */
const MIN_TOP3 = 0.95
const MIN_TOP1 = 0.85

function loadSeed(): Promise<{
  seedPortal: (payload: Payload, options?: { log?: (line: string) => void }) => Promise<unknown>
}> | null {
  if (!fs.existsSync(path.resolve(import.meta.dirname, '../../../seed/index.ts'))) return null
  return import('../../../seed/index')
}

const seed = loadSeed()
const [sqlite] = (await testDatabases()).filter((d) => d.kind === 'sqlite')
if (!seed) console.warn('[search-relevance] overgeslagen: seed/index.ts bestaat (nog) niet')

describe.runIf(Boolean(seed && sqlite))('search relevance on the demo content (SQLite)', () => {
  const portal = usePayload(sqlite!)
  let built = ''

  beforeAll(async () => {
    const { seedPortal } = await seed!
    await seedPortal(portal.payload)
    const result = await searchIndex.rebuild(portal.payload)
    built = `${result.records} pagina’s geïndexeerd in ${result.milliseconds} ms`
  })

  it(`puts the expected page first for ${MIN_TOP1 * 100}% and in the top 3 for ${MIN_TOP3 * 100}% of the queries`, async () => {
    const questions = RELEVANCE_CASES.filter((c) => c.question)
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(100)
    expect(questions.length).toBeGreaterThanOrEqual(40)
    const tally = { all: { top1: 0, top3: 0 }, questions: { top1: 0, top3: 0 } }
    const misses: string[] = []
    const lines: string[] = []
    for (const { query, expected, question } of RELEVANCE_CASES) {
      const { hits } = await runSearch(portal.payload, { q: query, filters: {}, page: 1, limit: 5 })
      const rank = hits.findIndex((hit) => expected.includes(hit.url)) + 1
      const top3 = rank >= 1 && rank <= 3
      for (const group of question ? [tally.all, tally.questions] : [tally.all]) {
        if (rank === 1) group.top1++
        if (top3) group.top3++
      }
      lines.push(
        `${rank === 1 ? '✓' : top3 ? '~' : '✗'} ${rank || '-'}  ${question ? '?' : ' '} ${query.padEnd(66)} ${expected[0]}`,
      )
      if (rank !== 1)
        misses.push(
          `  “${query}” → ${expected.join(' of ')}; top 3: ${
            hits
              .slice(0, 3)
              .map((h) => h.url)
              .join(', ') || '(niets)'
          }`,
        )
    }
    const pct = (n: number, of: number) => `${n}/${of} (${((n / of) * 100).toFixed(1)}%)`
    console.log(
      `[search-relevance] ${built}\n` +
        `  alle ${RELEVANCE_CASES.length} zoekvragen: top-1 ${pct(tally.all.top1, RELEVANCE_CASES.length)}, top-3 ${pct(tally.all.top3, RELEVANCE_CASES.length)}\n` +
        `  waarvan ${questions.length} vragen en spreektaal: top-1 ${pct(tally.questions.top1, questions.length)}, top-3 ${pct(tally.questions.top3, questions.length)}\n` +
        `${lines.join('\n')}` +
        (misses.length ? `\nNiet als eerste:\n${misses.join('\n')}` : ''),
    )
    expect(tally.all.top3 / RELEVANCE_CASES.length).toBeGreaterThanOrEqual(MIN_TOP3)
    expect(tally.all.top1 / RELEVANCE_CASES.length).toBeGreaterThanOrEqual(MIN_TOP1)
  })

  it('answers a question of many words with the answering page first, not with pages that share one word', async () => {
    // Every word on its own finds dozens of pages; the escalation model is the one that answers.
    const question = 'wat doe ik als de GI en het wijkteam het niet eens worden'
    const { hits, total } = await runSearch(portal.payload, { q: question, filters: {}, page: 1, limit: 10 })
    expect(total).toBeGreaterThan(10)
    expect(['/escalatiemodel', '/werkwijzen/escaleren-als-de-samenwerking-vastloopt']).toContain(hits[0]?.url)
    // Before: three "Lokale teams …" organisation entries on top, because "wijkteam" means lokaal team.
    expect(hits.slice(0, 3).filter((h) => h.url === '/regios#organisaties')).toHaveLength(0)

    const five = await runSearch(portal.payload, { q: 'gezin werkt niet mee wat nu', filters: {}, page: 1, limit: 3 })
    expect(five.hits.map((h) => h.url)).toContain('/werkwijzen/van-vrijwillige-hulp-naar-een-maatregel')
  })

  it('lets "Ook gezocht als" in the glossary lead from own words to the answer', async () => {
    const { hits } = await runSearch(portal.payload, { q: 'maatregel afgelopen', filters: {}, page: 1, limit: 3 })
    expect(hits.map((h) => h.url)).toContain('/werkwijzen/overdracht-na-beeindiging-van-een-maatregel')
    // One way only: the term does not find pages that merely say "afgelopen".
    const back = await runSearch(portal.payload, { q: 'warme overdracht', filters: {}, page: 1, limit: 50 })
    expect(
      back.hits.every(
        (h) => !/afgelopen/i.test(h.snippetParts.map((p) => p.text).join('')) || /overdracht/i.test(h.title),
      ),
    ).toBe(true)
  })
})
