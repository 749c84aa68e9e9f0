import type { RequiredDataFromCollectionSlug } from 'payload'

import { idOf, type ID } from '../lib/context'

/**
 * Short addresses that lead to a page: the footer once linked /privacy and /over-dit-portaal, which
 * live under /paginas/, and /toegankelijkheid is the address people guess for the statement.
 */
const SHORT_ADDRESSES: [from: string, pageSlug: string][] = [
  ['/privacy', 'privacy'],
  ['/over-dit-portaal', 'over-dit-portaal'],
  ['/toegankelijkheid', 'toegankelijkheidsverklaring'],
  ['/toegankelijkheidsverklaring', 'toegankelijkheidsverklaring'],
]

export function redirectDocs(pageIds: Map<string, ID>): RequiredDataFromCollectionSlug<'redirects'>[] {
  const pages = Object.fromEntries(pageIds)
  return SHORT_ADDRESSES.map(([from, slug]) => ({
    from,
    to: { type: 'reference' as const, reference: { relationTo: 'pages' as const, value: idOf(pages, slug, 'pagina') } },
    origin: 'handmatig' as const,
  }))
}
