import createHyphenator from 'hyphen'
import nlPatterns from 'hyphen/patterns/nl'

/**
 * Syllables of a Dutch word, in two steps:
 *
 * 1. TeX's Dutch hyphenation patterns (the `hyphen` package) split the word where a typesetter
 *    may break it: `jeugd-be-scher-ming`. They know compounds and Dutch spelling, which a plain
 *    vowel count does not (`ui-t-huis` vs. `uit-huis`).
 * 2. Hyphenation never breaks off one letter or two at either end and leaves words under five
 *    letters whole (`idee`, `oude`, `over`), so each piece is counted again by its vowel groups:
 *    a run of vowels, where `ij` counts as a vowel, is one syllable (`ou-de`, `i-dee`).
 *
 * Each part between hyphens counts at least one. Digits count as one syllable per number: a reader sees "2026",
 * not "tweeduizendzesentwintig".
 */

const hyphenate = createHyphenator(nlPatterns, { hyphenChar: '|', minWordLength: 5 }) as (text: string) => string

// Vowels with the diacritics Dutch uses (ë and ï mark a new syllable: see below).
const VOWEL = /[aeiouyàáâäèéêìíîòóôöùúûü]/
// A diaeresis or an accent on the second vowel starts a new syllable: ge-ïn-for-meerd, re-ë-le.
const NEW_SYLLABLE_VOWEL = /[ëïü]/

/** Vowel groups in a piece of a word: `oude` → 2, `ij` counts as one vowel. */
export function vowelGroups(piece: string): number {
  const letters = piece.toLowerCase().replace(/ij/g, 'ɪ')
  let groups = 0
  let inGroup = false
  for (const letter of letters) {
    if (NEW_SYLLABLE_VOWEL.test(letter)) {
      groups += 1
      inGroup = true
    } else if (letter === 'ɪ' || VOWEL.test(letter)) {
      if (!inGroup) groups += 1
      inGroup = true
    } else {
      inGroup = false
    }
  }
  return groups
}

/** Syllables in one word (letters, maybe with hyphens or an apostrophe); 0 for a word without letters or digits. */
export function countSyllables(word: string): number {
  const clean = word.toLowerCase().replace(/’/g, "'")
  if (/^[\p{N}.,]+$/u.test(clean)) return /\p{N}/u.test(clean) ? 1 : 0
  let total = 0
  for (const part of clean.split('-')) {
    if (!/\p{L}/u.test(part)) continue
    // A piece without a vowel ("col-le-g-as" from "collegas") belongs to its neighbour.
    const pieces = hyphenate(part).split('|')
    total += Math.max(1, pieces.reduce((sum, piece) => sum + vowelGroups(piece), 0))
  }
  return total
}
