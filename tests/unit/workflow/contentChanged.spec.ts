import { describe, expect, it } from 'vitest'

import { changedFields, sameContent } from '../../../src/workflow/contentChanged'

describe('changed fields: what counts as the same content', () => {
  it('treats the empty values as one', () => {
    for (const [a, b] of [
      [null, undefined],
      ['', null],
      [false, undefined],
      [[], null],
      [{}, undefined],
      [[null, ''], []],
    ] as const)
      expect(sameContent(a, b), `${JSON.stringify(a)} ~ ${JSON.stringify(b)}`).toBe(true)
  })

  it('compares a populated relationship by its id, and a number with its string', () => {
    expect(sameContent({ id: 4, title: 'Achterhoek', updatedAt: '2026-01-01T00:00:00.000Z' }, 4)).toBe(true)
    expect(sameContent([{ id: '4', createdAt: 'x' }, 5], ['4', '5'])).toBe(true)
    expect(sameContent({ id: 4, updatedAt: 'x' }, 5)).toBe(false)
    expect(sameContent('12', 12)).toBe(true)
  })

  it('compares dates by the moment, whatever the notation', () => {
    expect(sameContent('2026-11-28T10:00:00.000Z', '2026-11-28T11:00:00+01:00')).toBe(true)
    expect(sameContent('2026-11-28T10:00:00.000Z', '2026-11-28T10:00:01.000Z')).toBe(false)
  })

  it('ignores key order and the attributes Lexical writes at their defaults', () => {
    const stored = { root: { type: 'root', children: [{ type: 'text', text: 'Hallo' }] } }
    const fromEditor = {
      root: { children: [{ text: 'Hallo', type: 'text', detail: 0, format: 0, mode: 'normal', style: '', version: 1 }], direction: 'ltr', format: '', indent: 0, type: 'root', version: 1 },
    }
    expect(sameContent(stored, fromEditor)).toBe(true)
    expect(sameContent(stored, { root: { type: 'root', children: [{ type: 'text', text: 'Hallo', format: 1 }] } })).toBe(false)
  })

  it('sees a changed text, an added item and a reordered list', () => {
    expect(sameContent('Een', 'Twee')).toBe(false)
    expect(sameContent([1, 2], [1, 2, 3])).toBe(false)
    expect(sameContent([1, 2], [2, 1])).toBe(false)
    expect(sameContent({ a: 1 }, { a: 1, b: 'x' })).toBe(false)
  })
})

describe('changed fields', () => {
  const stored = {
    id: 3,
    title: 'Werkwijze',
    summary: 'Kort',
    region: { id: 7, updatedAt: '2026-01-01T00:00:00.000Z' },
    updatedAt: '2026-01-01T00:00:00.000Z',
    _status: 'draft',
  }

  it('names the fields whose value changes', () => {
    expect(changedFields(stored, { title: 'Andere werkwijze', summary: 'Kort', region: 7 })).toEqual(['title'])
    expect(changedFields(stored, { region: 8, summary: '' })).toEqual(['region', 'summary'])
  })

  it('leaves out bookkeeping, fields the data does not send, and fields asked to ignore', () => {
    expect(changedFields(stored, { _status: 'published', updatedAt: 'nu', review: { state: 'ter-beoordeling' }, id: 4 })).toEqual([])
    expect(changedFields(stored, {})).toEqual([])
    expect(changedFields(stored, { title: 'Nieuw', slug: 'nieuw' }, ['slug'])).toEqual(['title'])
  })

  it('treats every sent field as changed when there is no stored document', () => {
    expect(changedFields(undefined, { title: 'Nieuw', summary: '' })).toEqual(['title'])
  })
})
