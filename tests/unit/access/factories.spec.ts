import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { ownRegionList } from '../../../src/access/factories'

/** The admin list filter as Payload calls it: only the request's user matters here. */
const listFor = (filter: ReturnType<typeof ownRegionList>, user: Record<string, unknown> | null) =>
  filter({ req: { user } as unknown as PayloadRequest, limit: 10, page: 1, sort: 'title' })

describe('ownRegionList (src/access/factories.ts)', () => {
  it('shows a regioredacteur only the documents of their own region', () => {
    expect(listFor(ownRegionList('region'), { id: 1, role: 'regioredacteur', region: 3 })).toEqual({
      region: { equals: 3 },
    })
    expect(listFor(ownRegionList('region'), { id: 1, role: 'regioredacteur', region: { id: 4 } })).toEqual({
      region: { equals: 4 },
    })
  })

  it('the regions list itself filters on the id', () => {
    expect(listFor(ownRegionList('id'), { id: 1, role: 'regioredacteur', region: 3 })).toEqual({ id: { equals: 3 } })
  })

  it('a regioredacteur without a region sees nothing; every other role everything', () => {
    expect(listFor(ownRegionList(), { id: 1, role: 'regioredacteur', region: null })).toEqual({ id: { exists: false } })
    expect(listFor(ownRegionList(), { id: 1, role: 'redacteur', region: 3 })).toBeNull()
    expect(listFor(ownRegionList(), { id: 1, role: 'werver', organisation: 3 })).toBeNull()
    expect(listFor(ownRegionList(), null)).toBeNull()
  })
})
