import { stemmer } from '@orama/stemmers/dutch'

import { DUTCH_STOPWORDS } from './stopwords'

/** Lower case without diacritics: "beëindiging" and "beeindiging" become the same word. */
export function foldAccents(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}

// Letters and digits, with an apostrophe inside a word ("regio's") kept for foldWord to handle.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu
// Words joined by hyphens or slashes: "Midden-IJssel", "jeugdbescherming/jeugdreclassering".
const COMPOUND = /[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)+/gu

/**
 * Splits text into words. A hyphenated compound also yields its joined form, so "Noord-Veluwe",
 * "Noord Veluwe" and "noordveluwe" all find the same page.
 */
export function tokenize(text: string): string[] {
  const words = text.match(WORD) ?? []
  const compounds = text.match(COMPOUND)
  if (!compounds) return words
  return [...words, ...compounds.map((compound) => compound.replace(/[-/]/g, ''))]
}

/** A word as the index stores it, before stemming: folded, possessive/plural "'s" dropped. */
export function foldWord(word: string): string {
  return foldAccents(word)
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '')
}

/**
 * The single term the index holds for a word, or null for words that carry no meaning. The same
 * function runs on documents and queries, which is what makes stemming and folding symmetric.
 */
export function processTerm(word: string): string | null {
  let term = memo.get(word)
  if (term === undefined) {
    term = computeTerm(word)
    // Words repeat endlessly across documents and snippets; the stemmer is the costly part.
    if (memo.size >= MEMO_LIMIT) memo.clear()
    memo.set(word, term)
  }
  return term
}

const MEMO_LIMIT = 200_000
const memo = new Map<string, string | null>()

function computeTerm(word: string): string | null {
  const folded = foldWord(word)
  if (folded.length === 0 || DUTCH_STOPWORDS.has(folded)) return null
  // One letter on its own is noise, digits are not ("bouwsteen 6").
  if (folded.length === 1 && !/\d/.test(folded)) return null
  if (/\d/.test(folded)) return folded
  return stemmer(folded)
}

/** The meaningful words of a query with their index terms, in order. */
export function analyze(text: string): { word: string; term: string }[] {
  const result: { word: string; term: string }[] = []
  for (const word of text.match(WORD) ?? []) {
    const term = processTerm(word)
    if (term) result.push({ word: foldWord(word), term })
  }
  return result
}

/** The last word of a text as typed (folded), stop word or not: the one still being typed. */
export function lastWord(text: string): string | null {
  const words = text.match(WORD)
  return words ? foldWord(words[words.length - 1] as string) : null
}

/**
 * Every word of a text, function words included, with a key to compare phrases by: the stem for
 * meaningful words, the folded word itself for function words. "Niet eens worden" and "NIET eens
 * worden!" match; another verb form ("liep vast" for "loopt vast") is a phrase of its own.
 * `term` is null for function words.
 */
export function phraseWords(text: string): { word: string; term: string | null; key: string }[] {
  return (text.match(WORD) ?? []).map((raw) => {
    const word = foldWord(raw)
    const term = processTerm(raw)
    return { word, term, key: term ?? word }
  })
}
