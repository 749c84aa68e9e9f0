/**
 * Some Gelderland regions carry an article in running Dutch text: "in de Achterhoek", "van het Rijk
 * van Nijmegen", "op de Noord-Veluwe". Their title (what the regions collection stores and the
 * headings show) is the bare name, so every sentence that puts a region's title after a
 * preposition goes through `regionInText`. Names not listed here take no article ("in
 * Rivierenland", "in Foodvalley").
 */
const ARTICLES: Record<string, 'de' | 'het'> = {
  achterhoek: 'de',
  'noord-veluwe': 'de',
  'rijk van nijmegen': 'het',
}

const key = (title: string) =>
  title
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^(de|het) /, '')

/** The article a region's name takes in running text, or null for none. */
export function regionArticle(title: string): 'de' | 'het' | null {
  return ARTICLES[key(title)] ?? null
}

/** The names that take an article, as written in titles (for checks on generated text). */
export const REGION_NAMES_WITH_ARTICLE: { name: string; article: 'de' | 'het' }[] = [
  { name: 'Achterhoek', article: 'de' },
  { name: 'Noord-Veluwe', article: 'de' },
  { name: 'Rijk van Nijmegen', article: 'het' },
]

/**
 * A region's name as it reads in the middle of a sentence: "de Achterhoek", "het Rijk van
 * Nijmegen", "Rivierenland". `capitalize` is for the start of a sentence ("De Achterhoek …").
 */
export function regionInText(title: string, { capitalize = false }: { capitalize?: boolean } = {}): string {
  const name = title.trim().replace(/^(de|het|De|Het) /, '')
  const article = regionArticle(name)
  if (!article) return name
  return `${capitalize ? article.charAt(0).toUpperCase() + article.slice(1) : article} ${name}`
}

/** Several regions in running text: "de Achterhoek, Midden-IJssel/Oost-Veluwe en de Noord-Veluwe". */
export function regionListInText(titles: string[]): string {
  const names = titles.map((title) => regionInText(title))
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`
}
