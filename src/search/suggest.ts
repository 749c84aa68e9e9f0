import { foldWord } from './text/normalize'

/** A glossary term as a suggestion: its title, found also through its other names. */
export type SuggestionSource = { title: string; names: string[] }

/** Edit distance with a cut-off: anything further than `max` is just "too far". */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      best = Math.min(best, current[j]!)
    }
    if (best > max) return max + 1
    previous = current
  }
  return previous[b.length]!
}

/** How alike two words are, 0–1: a shared start of a compound counts, as do small typos. */
function likeness(typed: string, word: string): number {
  if (typed === word) return 1
  let prefix = 0
  while (prefix < typed.length && prefix < word.length && typed[prefix] === word[prefix]) prefix++
  const byPrefix = prefix >= 4 ? prefix / Math.max(typed.length, word.length) + 0.2 : 0
  const max = Math.max(1, Math.floor(Math.max(typed.length, word.length) / 3))
  const edits = distance(typed, word, max)
  const byEdits = edits <= max ? 1 - edits / Math.max(typed.length, word.length) : 0
  return Math.min(1, Math.max(byPrefix, byEdits))
}

const words = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldWord).filter((w) => w.length >= 3)

/**
 * The glossary terms nearest to a query that found nothing ("zorgmijdng", "pleegzorgvoogdij"):
 * by small typos and by the start of a compound. Bounded: a query's first eight words only.
 */
export function nearestTerms(query: string, sources: SuggestionSource[], limit = 5): string[] {
  const typed = words(query).slice(0, 8)
  if (typed.length === 0) return []
  const scored: { title: string; score: number }[] = []
  for (const source of sources) {
    let score = 0
    for (const name of source.names)
      for (const word of words(name)) for (const t of typed) score = Math.max(score, likeness(t, word))
    if (score >= 0.6) scored.push({ title: source.title, score })
  }
  return scored
    .sort((a, b) => b.score - a.score || a.title.localeCompare(b.title, 'nl'))
    .slice(0, limit)
    .map((s) => s.title)
}
