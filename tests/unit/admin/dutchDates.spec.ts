import type { Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { dutchDatesPlugin } from '../../../src/admin/dutchDates'

describe('Dutch date formats in the admin', () => {
  it('gives every date field without a format dd-MM-yyyy (with a 24-hour clock when it has a time), also nested', async () => {
    const config = (await dutchDatesPlugin({
      collections: [
        {
          slug: 'x',
          fields: [
            { name: 'day', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
            { name: 'moment', type: 'date' },
            { name: 'own', type: 'date', admin: { date: { displayFormat: 'd MMMM yyyy' } } },
            { name: 'rows', type: 'array', fields: [{ name: 'when', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } }] },
          ],
        },
      ],
    } as unknown as Config)) as Config
    const fields = config.collections![0].fields as unknown as { admin?: { date?: { displayFormat?: string } }; fields?: unknown[] }[]
    expect(fields[0].admin?.date?.displayFormat).toBe('dd-MM-yyyy')
    expect(fields[1].admin?.date?.displayFormat).toBe('dd-MM-yyyy HH:mm')
    expect(fields[2].admin?.date?.displayFormat).toBe('d MMMM yyyy')
    expect((fields[3].fields as typeof fields)[0].admin?.date?.displayFormat).toBe('dd-MM-yyyy')
  })
})
