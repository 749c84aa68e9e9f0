/**
 * Sentences and words of a Dutch text. A full stop ends a sentence unless it ends an
 * abbreviation ("bijv.", "o.a.", "art.") or an initial ("J. de Vries"); a line break always ends
 * one, because headings, list items and paragraphs often have no full stop.
 */

/** Abbreviations that end in a full stop but not a sentence (lower case, without the last dot). */
const ABBREVIATIONS = new Set([
  'bijv', 'bv', 'o.a', 'd.w.z', 'm.b.t', 'i.p.v', 'i.v.m', 'e.d', 'enz', 'etc', 'e.a', 't.a.v', 'z.s.m', 'n.a.v',
  'o.b.v', 'm.i.v', 'a.s', 'i.o.m', 'i.s.m', 'm.u.v', 't.b.v', 'o.l.v', 'v.w.b', 'z.o.z', 'zgn', 'evt', 'ca', 'vgl',
  'incl', 'excl', 'resp', 'nr', 'art', 'jl', 'blz', 'pag', 'tel', 'mr', 'dr', 'drs', 'ir', 'ing', 'prof', 'dhr',
  'mw', 'mevr', 'jr', 'sr', 'mln', 'mld', 'vs', 'feb', 'mrt', 'apr', 'aug', 'sept', 'okt', 'nov',
])

/** Letters, digits and what may sit inside a word: hyphen, apostrophe, a dot or comma between digits. */
const WORD = /[\p{L}\p{N}]+(?:(?:[-’'](?=[\p{L}\p{N}])|[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu

export function wordsOf(sentence: string): string[] {
  return sentence.match(WORD) ?? []
}

/** True when the text before a full stop ends in an abbreviation or an initial. */
function endsInAbbreviation(before: string): boolean {
  const token = /(\S+)$/.exec(before)?.[1]
  if (!token) return false
  // Strip an opening bracket or quote: "(bijv." is still "bijv.".
  const word = token.replace(/^[("'‘“[]+/, '').toLowerCase()
  if (ABBREVIATIONS.has(word)) return true
  // An initial (one letter, "J.") or letters with dots ("a.s", "w.v.t.t.k").
  return /^\p{L}$/u.test(word) || /^(\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(word)
}

/** The sentences of a text, trimmed, without empty ones. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = []
  for (const line of text.split(/\n+/)) {
    let start = 0
    // A sentence ends at . ! ? or … (and any closing quotes or brackets), followed by a space.
    const ends = /[.!?…]+["'’”)\]]*(?=\s+|$)/g
    for (let match = ends.exec(line); match; match = ends.exec(line)) {
      const before = line.slice(start, match.index)
      const isDotOnly = match[0].startsWith('.') && match[0].replace(/["'’”)\]]+$/, '') === '.'
      if (isDotOnly && endsInAbbreviation(before)) {
        // "o.a. Veilig Thuis" goes on; "… enz. De volgende" would be a new sentence, but a capital
        // after an abbreviation is far more often a name, so the abbreviation wins.
        continue
      }
      const sentence = line.slice(start, match.index + match[0].length).trim()
      if (sentence) sentences.push(sentence)
      start = match.index + match[0].length
    }
    const rest = line.slice(start).trim()
    if (rest) sentences.push(rest)
  }
  return sentences.filter((sentence) => wordsOf(sentence).length > 0)
}
