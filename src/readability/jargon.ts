/**
 * Jargon: terms from the portal's glossary (Begrippen) that a text uses without explaining them.
 * The list of terms is passed in, so this stays a pure function; the hook and the admin panel
 * load it from the GlossaryTerms collection.
 *
 * A term counts as explained when, in the sentence where it first appears,
 * - it is followed by an explanation in brackets or after a colon or dash: "OTS (ondertoezichtstelling)",
 *   "de gezinsvoogd: de vaste begeleider van het gezin";
 * - or by an explaining phrase: "dat wil zeggen", "d.w.z.", "oftewel", "ofwel", "dat betekent",
 *   "dat is", "wat betekent", "met andere woorden";
 * - or its full name and its abbreviation stand in the same sentence: "een ondertoezichtstelling (OTS)".
 * Later uses need no explanation. The public site also links terms to the glossary, but a parent
 * reading on a phone should not have to click to understand a sentence.
 */

export type JargonTerm = { title: string; abbreviation?: string | null }

export type JargonUse = { term: string; sentenceIndex: number; explained: boolean }

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const EXPLAINING = /^\s*(\(|:|–|—|-\s|,?\s*(dat wil zeggen|d\.w\.z\.|oftewel|ofwel|dat betekent|dat is|wat betekent|met andere woorden)\b)/iu

function termPattern(text: string, caseSensitive: boolean): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(text)}(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu')
}

/** Each glossary term the sentences use, where it first appears and whether it is explained there. */
export function findJargon(sentences: readonly string[], terms: readonly JargonTerm[]): JargonUse[] {
  const uses: JargonUse[] = []
  for (const term of terms) {
    const title = term.title.trim()
    const abbreviation = term.abbreviation?.trim() || null
    // Short titles ("Wet") would match everywhere; abbreviations are matched as written (OTS, not "ots").
    const titlePattern = title.length >= 4 ? termPattern(title, false) : null
    const abbreviationPattern = abbreviation && abbreviation.length >= 2 ? termPattern(abbreviation, true) : null
    if (!titlePattern && !abbreviationPattern) continue
    for (let index = 0; index < sentences.length; index += 1) {
      const sentence = sentences[index]
      const byTitle = titlePattern?.exec(sentence)
      const byAbbreviation = abbreviationPattern?.exec(sentence)
      const found = byTitle ?? byAbbreviation
      if (!found) continue
      const after = sentence.slice(found.index + found[0].length)
      const explained = Boolean(byTitle && byAbbreviation) || EXPLAINING.test(after)
      uses.push({ term: title, sentenceIndex: index, explained })
      break
    }
  }
  return uses
}
