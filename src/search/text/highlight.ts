import type { HighlightPart } from '../types'
import { processTerm } from './normalize'
import { escapeHtml } from '../../lib/html'

/** Parts as HTML for the JSON API: every text escaped, only our own <mark> is markup. */
export function partsToHtml(parts: HighlightPart[]): string {
  return parts.map((part) => (part.mark ? `<mark>${escapeHtml(part.text)}</mark>` : escapeHtml(part.text))).join('')
}

/**
 * Sentinels for engines that highlight themselves (Algolia): private-use characters that the
 * record builders strip from content, so a page can never forge a highlight.
 */
export const MARK_START = '\uE000'
export const MARK_END = '\uE001'

export const stripSentinels = (value: string): string => value.replace(/[\uE000\uE001]/g, '')

export function partsFromSentinels(value: string): HighlightPart[] {
  const parts: HighlightPart[] = []
  const pattern = /\uE000([^\uE000\uE001]*)\uE001/g
  let last = 0
  for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
    if (match.index > last) parts.push({ text: value.slice(last, match.index), mark: false })
    if (match[1]) parts.push({ text: match[1], mark: true })
    last = match.index + match[0].length
  }
  if (last < value.length) parts.push({ text: stripSentinels(value.slice(last)), mark: false })
  return parts
}

type Token = { start: number; end: number; hit: boolean }
type Word = { start: number; end: number; term: string | null }

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu

/**
 * The words of texts seen before, with their index terms: a result's text is scanned again on
 * every query that finds it, and splitting and stemming it was most of the cost of /api/search
 * (bench/RESULTS.md). Bounded by the words it holds (a few tens of MB); emptied when full.
 */
const WORDS_LIMIT = 500_000
const wordsCache = new Map<string, Word[]>()
let wordsHeld = 0

function wordsOf(text: string): Word[] {
  const known = wordsCache.get(text)
  if (known) return known
  const words: Word[] = []
  for (const match of text.matchAll(WORD)) words.push({ start: match.index, end: match.index + match[0].length, term: processTerm(match[0]) })
  if (wordsHeld + words.length > WORDS_LIMIT) {
    wordsCache.clear()
    wordsHeld = 0
  }
  wordsCache.set(text, words)
  wordsHeld += words.length
  return words
}

function scan(text: string, terms: ReadonlySet<string>): Token[] {
  return wordsOf(text).map((word) => ({ start: word.start, end: word.end, hit: word.term !== null && terms.has(word.term) }))
}

function toParts(text: string, tokens: Token[], from: number, to: number): HighlightPart[] {
  const parts: HighlightPart[] = []
  let cursor = from
  for (const token of tokens) {
    if (!token.hit || token.start < from || token.end > to) continue
    if (token.start > cursor) parts.push({ text: text.slice(cursor, token.start), mark: false })
    parts.push({ text: text.slice(token.start, token.end), mark: true })
    cursor = token.end
  }
  if (cursor < to) parts.push({ text: text.slice(cursor, to), mark: false })
  return parts
}

/** The whole text with every word whose index term matched marked (titles). */
export function highlightAll(text: string, terms: ReadonlySet<string>): HighlightPart[] {
  return toParts(text, scan(text, terms), 0, text.length)
}

/**
 * A passage of about `length` characters around the densest cluster of matched words, cut at
 * word boundaries, with an ellipsis where text was left out. Null when no word matched.
 */
export function snippet(text: string, terms: ReadonlySet<string>, length = 180): HighlightPart[] | null {
  const tokens = scan(text, terms)
  const hits = tokens.filter((t) => t.hit)
  if (hits.length === 0) return null
  // Slide a window over the hits and keep the one that holds the most of them.
  let bestStart = hits[0]!.start
  let bestCount = 0
  for (let i = 0, j = 0; i < hits.length; i++) {
    while (j < hits.length && hits[j]!.end - hits[i]!.start <= length) j++
    if (j - i > bestCount) {
      bestCount = j - i
      bestStart = hits[i]!.start
    }
  }
  // Some context before the first hit, then cut at whole words.
  let from = Math.max(0, bestStart - Math.floor(length / 4))
  let to = Math.min(text.length, from + length)
  if (to === text.length) from = Math.max(0, to - length)
  const first = tokens.find((t) => t.end > from)
  if (from > 0 && first) from = first.start
  const last = [...tokens].reverse().find((t) => t.start < to)
  if (to < text.length && last) to = last.end
  const parts = toParts(text, tokens, from, to)
  if (from > 0) parts.unshift({ text: '… ', mark: false })
  if (to < text.length) parts.push({ text: ' …', mark: false })
  return parts
}

/** The opening of a text as a plain snippet, for pages that match on their title only. */
export function leadSnippet(text: string, length = 180): HighlightPart[] {
  if (text.length <= length) return text ? [{ text, mark: false }] : []
  const cut = text.lastIndexOf(' ', length)
  return [{ text: `${text.slice(0, cut > length / 2 ? cut : length)} …`, mark: false }]
}
