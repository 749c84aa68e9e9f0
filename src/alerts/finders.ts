import crypto from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'
import { z } from 'zod'

import type { Training, TrainingSession, WorkingMethod } from '../../payload-types'
import { AUDIENCES, valuesOf } from '../constants/taxonomy'
import type { Taxonomies } from '../lib/content'
import type { FacetDefinition } from '../lib/finder'
import { FORMAT_LABELS, trainingFacets } from '../trainings/finder'
import { workingMethodFacets } from '../working-methods/finder'
import { AlertError, MESSAGES } from './errors'
import { filterInput, normaliseFilters } from './filters'
import { loadFilterVocabulary } from './load'

/** The finders a visitor can follow by e-mail, by their public path. */
export const ALERT_FINDERS = ['vacatures', 'scholing', 'werkwijzen'] as const
export type AlertFinderName = (typeof ALERT_FINDERS)[number]

/** One view of a finder in its one canonical form: the same view always gives the same list. */
export type AlertView = {
  finder: AlertFinderName
  filters: Record<string, string[] | string>
  /** SHA-256 of finder and canonical query: the subscriber list's unique key. */
  key: string
  title: string
  query: string
  /** The filters as form fields, for the sign-up form. */
  hidden: [string, string][]
}

/** Something subscribers of matching lists hear about, once (its key is unique). */
export type AlertChangeInput = { key: string; kind: 'new' | 'changed'; title: string; path: string; summary?: string | null; note?: string }

type ChangeNote = { id?: string | null; note: string; notifySubscribers?: boolean | null }

/**
 * What of a save is news: the first publication, and each new change note marked "Melden aan
 * abonnees". Anything else (typo fixes, unpublishing) is not.
 */
export function publicationChanges(
  collection: string,
  doc: { id: number | string; _status?: string | null; title: string; changeNotes?: ChangeNote[] | null },
  previous: { _status?: string | null; changeNotes?: ChangeNote[] | null } | undefined,
): { key: string; kind: 'new' | 'changed'; note?: string }[] {
  if (doc._status !== 'published') return []
  if (previous?._status !== 'published') return [{ key: `${collection}:${doc.id}:new`, kind: 'new' }]
  const before = new Set((previous.changeNotes ?? []).map((n) => n.id))
  return (doc.changeNotes ?? [])
    .filter((note) => note.notifySubscribers && note.id && !before.has(note.id))
    .map((note) => ({ key: `${collection}:${doc.id}:note:${note.id}`, kind: 'changed' as const, note: note.note }))
}

/** A parameter the finder does not have, or a malformed value: the request was not made by its page. */
const invalidFilters = () => new AlertError('invalid', MESSAGES.invalid, [{ field: 'filters', message: MESSAGES.invalid }])

const value = z.string().trim().min(1).max(120)
const values = z.union([value, z.array(value).max(20)]).optional()
const list = (input: string | string[] | undefined) =>
  [...new Set((Array.isArray(input) ? input : input ? [input] : []).map((v) => v.trim()))].sort()

const viewKey = (finder: AlertFinderName, query: string) =>
  crypto.createHash('sha256').update(`${finder}?${query}`, 'utf8').digest('hex')

const visitor = { overrideAccess: false, user: null, draft: false, pagination: false, limit: 2000, depth: 0 } as const

/** The regions, building blocks and organisations a visitor sees, in the shape the finders' facets use. */
async function loadTaxonomies(payload: Payload, req?: PayloadRequest): Promise<Taxonomies> {
  const [regions, buildingBlocks, organisations] = await Promise.all([
    payload.find({ collection: 'regions', ...visitor, sort: 'title', req }),
    payload.find({ collection: 'building-blocks', ...visitor, sort: 'number', req }),
    payload.find({ collection: 'organisations', ...visitor, sort: 'title', req }),
  ])
  const byId = <T extends { id: number | string }>(docs: T[]) => new Map(docs.map((doc) => [String(doc.id), doc]))
  return {
    regions: regions.docs,
    buildingBlocks: buildingBlocks.docs,
    organisations: organisations.docs,
    regionById: byId(regions.docs),
    buildingBlockById: byId(buildingBlocks.docs),
    organisationById: byId(organisations.docs),
  }
}

/**
 * A finder whose filters are facets (as /scholing and /werkwijzen): a view is the chosen values
 * per facet; a value must be one the finder offers, so a list that can never match is refused.
 */
type FacetFinder<T> = {
  name: AlertFinderName
  noun: string
  facets: (taxonomies: Taxonomies) => FacetDefinition<T>[]
  /** Every value each facet may take, also those no published document has yet. */
  vocabulary: (taxonomies: Taxonomies) => Record<string, string[]>
}

function facetView<T>(finder: FacetFinder<T>, input: Record<string, unknown>, taxonomies: Taxonomies): AlertView {
  const vocabulary = finder.vocabulary(taxonomies)
  const params = Object.keys(vocabulary)
  const schema = z.object(Object.fromEntries(params.map((p) => [p, values]))).strict()
  const parsed = schema.safeParse(input)
  if (!parsed.success) throw invalidFilters()
  const filters: Record<string, string[]> = {}
  const errors: { field: string; message: string }[] = []
  for (const param of params) {
    filters[param] = list(parsed.data[param] as string | string[] | undefined)
    const known = new Set(vocabulary[param])
    if (filters[param].some((v) => !known.has(v))) errors.push({ field: param, message: MESSAGES.unknownFilter })
  }
  if (errors.length) throw new AlertError('unknown-filter', MESSAGES.unknownFilter, errors)
  const query = new URLSearchParams(params.flatMap((p) => filters[p].map((v) => [p, v]))).toString()
  const facets = finder.facets(taxonomies)
  const chosen = facets.flatMap((facet) => (filters[facet.param] ?? []).map((v) => facet.labelOf(v)))
  return {
    finder: finder.name,
    filters,
    key: viewKey(finder.name, query),
    title: chosen.length ? `${finder.noun}: ${chosen.join(', ')}` : `Alle ${finder.noun.toLowerCase()}`,
    query,
    hidden: params.flatMap((p) => filters[p].map((v): [string, string] => [p, v])),
  }
}

function facetMatches<T>(finder: FacetFinder<T>, doc: T, filters: Record<string, unknown>, taxonomies: Taxonomies): boolean {
  return finder.facets(taxonomies).every((facet) => {
    const wanted = (filters[facet.param] as string[] | undefined) ?? []
    return wanted.length === 0 || facet.values(doc).some((v) => wanted.includes(v))
  })
}

const regionSlugs = (t: Taxonomies) => t.regions.map((r) => r.slug).filter((s): s is string => Boolean(s))
const blockNumbers = (t: Taxonomies) => t.buildingBlocks.map((b) => String(b.number))

const TRAININGS: FacetFinder<Training> = {
  name: 'scholing',
  noun: 'Trainingen',
  // Months are left out: a subscription is for what comes, not for one month.
  facets: (t) => trainingFacets(t, new Map()).filter((facet) => facet.param !== 'wanneer'),
  vocabulary: (t) => ({ regio: regionSlugs(t), bouwsteen: blockNumbers(t), voor: valuesOf(AUDIENCES), vorm: Object.keys(FORMAT_LABELS) }),
}

const WORKING_METHODS: FacetFinder<WorkingMethod> = {
  name: 'werkwijzen',
  noun: 'Werkwijzen',
  facets: (t) => workingMethodFacets(t),
  vocabulary: (t) => ({ regio: ['gelderland', ...regionSlugs(t)], bouwsteen: blockNumbers(t), voor: valuesOf(AUDIENCES) }),
}

/** The canonical view of a finder's filters, or a Dutch 400 for a value the finder does not offer. */
export async function normaliseView(payload: Payload, finder: AlertFinderName, input: Record<string, unknown>): Promise<AlertView> {
  if (finder === 'vacatures') {
    const parsed = filterInput.safeParse(input)
    if (!parsed.success) throw invalidFilters()
    const { taxonomies, vacancies } = await loadFilterVocabulary(payload)
    const normalised = normaliseFilters(parsed.data, taxonomies, vacancies)
    const hidden: [string, string][] = Object.entries(normalised.filters).flatMap(([param, v]) =>
      (Array.isArray(v) ? v : [v]).map((one): [string, string] => [param, one]),
    )
    return { finder, filters: normalised.filters, key: normalised.key, title: normalised.title, query: normalised.query, hidden }
  }
  const taxonomies = await loadTaxonomies(payload)
  return finder === 'scholing' ? facetView(TRAININGS, input, taxonomies) : facetView(WORKING_METHODS, input, taxonomies)
}

/** The parameters a finder's view may carry (for forms that pass them on). */
export function viewParams(finder: AlertFinderName): string[] {
  if (finder === 'vacatures') return ['regio', 'organisatie', 'functie', 'uren', 'soort', 'q']
  return finder === 'scholing' ? ['regio', 'bouwsteen', 'voor', 'vorm'] : ['regio', 'bouwsteen', 'voor']
}

/** Which stored lists of a facet finder a document belongs to now. */
export async function matchingFacetLists(
  payload: Payload,
  finder: 'scholing' | 'werkwijzen',
  doc: Training | WorkingMethod,
  lists: { id: number | string; filters: unknown }[],
  req?: PayloadRequest,
): Promise<(number | string)[]> {
  const taxonomies = await loadTaxonomies(payload, req)
  return lists
    .filter((l) =>
      finder === 'scholing'
        ? facetMatches(TRAININGS, doc as Training, (l.filters ?? {}) as Record<string, unknown>, taxonomies)
        : facetMatches(WORKING_METHODS, doc as WorkingMethod, (l.filters ?? {}) as Record<string, unknown>, taxonomies),
    )
    .map((l) => l.id)
}

/** A new session of a published training is news for the training's subscribers. */
export function sessionChange(session: TrainingSession, training: Training, previous: TrainingSession | undefined): AlertChangeInput | null {
  if (previous || training._status !== 'published' || session.status !== 'scheduled') return null
  const when = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(session.startsAt))
  return {
    key: `training-sessions:${session.id}:new`,
    kind: 'new',
    title: `${training.title}: sessie op ${when}`,
    path: `/scholing/${training.slug}`,
    summary: training.summary,
  }
}
