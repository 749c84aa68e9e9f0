import {
  isSearchableCollection,
  isSearchableGlobal,
  type SearchableCollection,
  type SearchableGlobal,
} from '../records'

/**
 * What changed, as one string: the record's objectID (`<collection>:<id>`, `global:<slug>`), or
 * `*` for "everything". Strings travel well through job inputs and the change log.
 */
export type Target =
  | { kind: 'collection'; collection: SearchableCollection; id: string }
  | { kind: 'global'; global: SearchableGlobal }
  | { kind: 'all' }

export const ALL = '*'

export const collectionTarget = (collection: SearchableCollection, id: string | number): string => `${collection}:${id}`
export const globalTarget = (global: SearchableGlobal): string => `global:${global}`

export function parseTarget(value: string): Target | null {
  if (value === ALL) return { kind: 'all' }
  const colon = value.indexOf(':')
  if (colon < 1) return null
  const head = value.slice(0, colon)
  const tail = value.slice(colon + 1)
  if (!tail) return null
  if (head === 'global') return isSearchableGlobal(tail) ? { kind: 'global', global: tail } : null
  return isSearchableCollection(head) ? { kind: 'collection', collection: head, id: tail } : null
}
