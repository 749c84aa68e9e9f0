import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { buildingBlockDocs } from '../../../../seed/data/buildingBlocks'
import { ESCALATION_LEVELS, escalationModelData } from '../../../../seed/data/escalationModel'
import { glossaryDocs } from '../../../../seed/data/glossary'
import { indicatorDocs } from '../../../../seed/data/indicators'
import { localAgreementDocs } from '../../../../seed/data/localAgreements'
import { measurementDocs } from '../../../../seed/data/measurements'
import { organisationDocs } from '../../../../seed/data/organisations'
import { pageDocs } from '../../../../seed/data/pages'
import { pilotDocs } from '../../../../seed/data/pilots'
import { regionDocs } from '../../../../seed/data/regions'
import { siteData } from '../../../../seed/data/site'
import { sessionDocs, trainingDocs } from '../../../../seed/data/trainings'
import { DEMO_USERS } from '../../../../seed/data/users'
import { vacancyDocs } from '../../../../seed/data/vacancies'
import { visionData } from '../../../../seed/data/vision'
import { WORKING_METHODS, workingMethodDocs } from '../../../../seed/data/workingMethods'
import type { SeedContext } from '../../../../seed/lib/context'
import {
  REGION_NAMES_WITH_ARTICLE,
  regionArticle,
  regionInText,
  regionListInText,
} from '../../../../src/regions/region-in-text'

/**
 * Every string the seed writes, including the ones it generates (region names in sentences), is
 * checked against Dutch slips that were found once and must not come back. The builders run with
 * a context whose id lookups all answer 1: they only need ids to fill relationships.
 */
const anyId = new Proxy({}, { get: () => 1 }) as Record<string | number, number>
const ctx: SeedContext = {
  payload: {} as Payload,
  now: new Date('2026-06-15T10:00:00Z'),
  log: () => undefined,
  ids: {
    regions: anyId,
    organisations: anyId,
    users: anyId,
    buildingBlocks: anyId,
    workingMethods: anyId,
    indicators: anyId,
    trainings: anyId,
  },
}

type Found = { where: string; text: string }

/** Strings of a value; for a Lexical node with children also the joined text, so sentences split over bold runs are whole. */
function strings(value: unknown, where: string, out: Found[] = []): Found[] {
  if (typeof value === 'string') out.push({ where, text: value })
  else if (Array.isArray(value)) value.forEach((item, index) => strings(item, `${where}[${index}]`, out))
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (Array.isArray(record.children) && record.type !== 'root')
      out.push({ where: `${where}(tekst)`, text: joined(record) })
    for (const [key, child] of Object.entries(record)) strings(child, `${where}.${key}`, out)
  }
  return out
}

function joined(node: Record<string, unknown>): string {
  if (typeof node.text === 'string') return node.text
  if (!Array.isArray(node.children)) return ''
  return node.children.map((child) => joined(child as Record<string, unknown>)).join('')
}

function seedStrings(): Found[] {
  const sets: [string, unknown][] = [
    ['regions', regionDocs(ctx)],
    ['organisations', organisationDocs(ctx)],
    ['users', DEMO_USERS],
    ['building-blocks', buildingBlockDocs(ctx)],
    ['working-methods', workingMethodDocs(ctx)],
    ['glossary-terms', glossaryDocs(ctx)],
    ['indicators', indicatorDocs(ctx)],
    ['measurements', measurementDocs(ctx)],
    ['local-agreements', localAgreementDocs(ctx)],
    ['pilots', pilotDocs(ctx)],
    ['trainings', trainingDocs(ctx)],
    ['training-sessions', sessionDocs(ctx)],
    ['vacancies', vacancyDocs(ctx)],
    ['pages', pageDocs(ctx)],
    ['vision', visionData(ctx)],
    ['escalation-model', escalationModelData(ctx)],
    ['site', siteData()],
  ]
  return sets.flatMap(([name, value]) => strings(value, name))
}

/** Known slips: what was written, why it is wrong, and what to write instead. */
export const KNOWN_SLIPS: { pattern: RegExp; why: string }[] = [
  { pattern: /\boverdraagt\b/i, why: 'scheidbaar werkwoord: "draagt … over"' },
  { pattern: /\bcheck(t|en|te)\b/i, why: 'Engels leenwoord: "kijkt na", "controleert"' },
  {
    pattern: /\d\s+rapportcijfer/i,
    why: '"8,1 rapportcijfer" is geen Nederlands: "een 8,1" of "8,1 op een schaal van 10"',
  },
  { pattern: /niet terugvalt en later alsnog/i, why: 'zegt het omgekeerde: "… en niet later alsnog …"' },
  { pattern: /\bé[ée]n overeenkomst\b/i, why: 'de bronnen spreken van een uniform contract' },
  { pattern: /Arnhem en omstreken/, why: 'geen bron noemt die naam voor Centraal Gelderland' },
  { pattern: /scherpe analyse/i, why: 'te dicht bij de brontekst' },
  { pattern: /van elkaar weten wat ze doen/i, why: 'te dicht bij de brontekst' },
  { pattern: /In alle zeven jeugdhulpregio.s is een Regionaal Expert/i, why: 'te dicht bij de brontekst' },
]

const PREPOSITIONS = ['in', 'van', 'voor', 'uit', 'over', 'bij', 'naar', 'met', 'op', 'aan', 'tot', 'rond', 'binnen']

/**
 * "in Achterhoek", "van Rijk van Nijmegen", "in Foodvalley, Noord-Veluwe": a region that takes an
 * article, right after a preposition or further on in a list that follows one.
 */
export function regionWithoutArticle(text: string): string | null {
  for (const { name } of REGION_NAMES_WITH_ARTICLE) {
    const escaped = name.replace(/[-/]/g, '\\$&')
    const pattern = new RegExp(
      `\\b(?:${PREPOSITIONS.join('|')})\\s+(?:[^.;:()]*?(?:,|\\ben\\b)\\s+)?${escaped}\\b`,
      'i',
    )
    const match = pattern.exec(text)
    if (match) return match[0]
  }
  return null
}

describe('region names in running text', () => {
  it('puts the article before the regions that take one, and none before the others', () => {
    expect(regionInText('Achterhoek')).toBe('de Achterhoek')
    expect(regionInText('Rijk van Nijmegen')).toBe('het Rijk van Nijmegen')
    expect(regionInText('Noord-Veluwe')).toBe('de Noord-Veluwe')
    expect(regionInText('Rivierenland')).toBe('Rivierenland')
    expect(regionInText('Centraal Gelderland')).toBe('Centraal Gelderland')
    expect(regionInText('Achterhoek', { capitalize: true })).toBe('De Achterhoek')
    // A title an editor already wrote with its article gets no second one.
    expect(regionInText('de Achterhoek')).toBe('de Achterhoek')
    expect(regionArticle('Rijk van Nijmegen')).toBe('het')
  })

  it('the rule catches a bare name after a preposition and lets the right forms pass', () => {
    expect(regionWithoutArticle('Toekomsttuin in Achterhoek')).toBe('in Achterhoek')
    expect(regionWithoutArticle('de gemeenten van Rijk van Nijmegen')).toBe('van Rijk van Nijmegen')
    expect(regionWithoutArticle('de gemeenten van het Rijk van Nijmegen')).toBeNull()
    expect(regionWithoutArticle('Regioredacteur Achterhoek (demo)')).toBeNull()
    expect(regionWithoutArticle('op de Noord-Veluwe')).toBeNull()
    expect(regionWithoutArticle('Werkt in Foodvalley, Noord-Veluwe.')).toBe('in Foodvalley, Noord-Veluwe')
    expect(regionWithoutArticle('Werkt in Foodvalley en de Noord-Veluwe.')).toBeNull()
    expect(regionListInText(['Achterhoek', 'Foodvalley', 'Rijk van Nijmegen'])).toBe(
      'de Achterhoek, Foodvalley en het Rijk van Nijmegen',
    )
  })
})

describe('Dutch slips in the seed text', () => {
  const all = seedStrings()

  it('reads a substantial amount of text (the walk reaches the generated strings)', () => {
    expect(all.length).toBeGreaterThan(2000)
    expect(all.some((s) => s.text.includes('de Achterhoek'))).toBe(true)
  })

  it('has none of the known slips', () => {
    const hits = all.flatMap(({ where, text }) =>
      KNOWN_SLIPS.filter(({ pattern }) => pattern.test(text)).map(
        ({ pattern, why }) => `${where}: "${text}" — ${pattern} (${why})`,
      ),
    )
    expect([...new Set(hits)]).toEqual([])
  })

  it('gives region names their article after a preposition', () => {
    const hits = all.flatMap(({ where, text }) => {
      const slip = regionWithoutArticle(text)
      return slip ? [`${where}: "${slip}" in "${text}"`] : []
    })
    expect([...new Set(hits)]).toEqual([])
  })

  it('open questions do not talk about "de bron"', () => {
    const questions = buildingBlockDocs(ctx).map((block) => block.openQuestions ?? '')
    expect(questions.filter((q) => /\bbron(nen|document)?/i.test(q))).toEqual([])
  })
})

describe('invented content is marked', () => {
  it('every building-block owner is marked as an example (the sources name none)', () => {
    expect(buildingBlockDocs(ctx).filter((block) => !String(block.owner).startsWith('Voorbeeld'))).toEqual([])
  })

  it('the regional escalation contact is marked as an example and has no invented office hours', () => {
    for (const region of regionDocs(ctx)) {
      const escalation = (region.contactPoints ?? []).filter((point) => point.kind === 'escalatie')
      for (const point of escalation) expect(point.name).toMatch(/^Voorbeeld/)
      for (const point of region.contactPoints ?? []) {
        if (point.kind !== 'veilig-thuis') expect(point.hours ?? null).toBeNull()
      }
    }
  })

  it('the escalation working method has one step per level of the model, with the same terms', () => {
    const method = WORKING_METHODS.find((m) => m.slug === 'escaleren-als-de-samenwerking-vastloopt')
    expect(method).toBeDefined()
    const levelSteps = method!.steps.filter((step) => step.title.startsWith('Trede'))
    expect(levelSteps.map((s) => [s.title, s.timeframe])).toEqual(
      ESCALATION_LEVELS.map((level) => [level.title, `Binnen ${level.withinWorkingDays} werkdagen`]),
    )
  })

  it('Signs of Safety, with its four worked-out steps, is example content', () => {
    expect(WORKING_METHODS.find((m) => m.slug === 'werken-met-signs-of-safety')?.isExample).toBe(true)
  })
})
