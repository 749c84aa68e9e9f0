import { describe, expect, it } from 'vitest'

import { optionsFrom, selectField } from '../../../src/fields/select'

describe('selectField', () => {
  it('is the select field a collection would write out by hand', () => {
    const admin = { position: 'sidebar', description: 'Uitleg.' } as const
    expect(
      selectField(
        { name: 'status', label: 'Status', required: true, defaultValue: 'scheduled', admin },
        { scheduled: 'Gepland', cancelled: 'Geannuleerd' },
      ),
    ).toStrictEqual({
      name: 'status',
      label: 'Status',
      type: 'select',
      required: true,
      defaultValue: 'scheduled',
      options: [
        { value: 'scheduled', label: 'Gepland' },
        { value: 'cancelled', label: 'Geannuleerd' },
      ],
      admin,
    })
  })

  it('adds nothing the field did not name (no label, no required)', () => {
    expect(selectField({ name: 'kind' }, { new: 'Nieuw' })).toStrictEqual({
      name: 'kind',
      type: 'select',
      options: [{ value: 'new', label: 'Nieuw' }],
    })
  })

  it('keeps the options in the written order, hyphenated values too', () => {
    expect(
      optionsFrom({ 'let-op': 'Let op', info: 'Goed om te weten', 'veilig-thuis': 'Veilig Thuis', ret: 'RET' }),
    ).toEqual([
      { value: 'let-op', label: 'Let op' },
      { value: 'info', label: 'Goed om te weten' },
      { value: 'veilig-thuis', label: 'Veilig Thuis' },
      { value: 'ret', label: 'RET' },
    ])
  })

  it('refuses a value that reads as a number, which JavaScript would move to the front', () => {
    expect(() => optionsFrom({ laag: 'Laag', 2: 'Twee' })).toThrow(/"2" reads as a number/)
    expect(() => optionsFrom({ '0': 'Nul' })).toThrow(/"0"/)
    // Not whole numbers in JavaScript's sense: these keep their place.
    expect(optionsFrom({ b: 'B', '01': 'Nul-een', '1.5': 'Anderhalf' }).map((o) => o.value)).toEqual(['b', '01', '1.5'])
  })
})
