import type { Config, Field, Plugin } from 'payload'

/**
 * Payload's date picker ignores the config's `admin.dateFormat` and shows "MMM d, yyy h:mm a", and
 * for day-only fields "MMM dd" (no year). Every date field without its own format gets the Dutch
 * one: dd-MM-yyyy with a 24-hour clock.
 */
export const DUTCH_DATE_FORMATS = {
  dayOnly: 'dd-MM-yyyy',
  dayAndTime: 'dd-MM-yyyy HH:mm',
  timeOnly: 'HH:mm',
  monthOnly: 'MM-yyyy',
} as const

type DateAdmin = { date?: { pickerAppearance?: keyof typeof DUTCH_DATE_FORMATS | 'default'; displayFormat?: string } }

function withFormat(field: Field): Field {
  if (field.type === 'date') {
    const admin = (field.admin ?? {}) as DateAdmin
    if (admin.date?.displayFormat) return field
    const appearance = admin.date?.pickerAppearance ?? 'dayAndTime'
    const displayFormat = DUTCH_DATE_FORMATS[appearance === 'default' ? 'dayAndTime' : appearance]
    return { ...field, admin: { ...field.admin, date: { ...admin.date, displayFormat } } } as Field
  }
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withFormat) })) }
  if (field.type === 'blocks')
    return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: block.fields.map(withFormat) })) }
  if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: field.fields.map(withFormat) } as Field
  return field
}

export const dutchDatesPlugin: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) => ({ ...collection, fields: collection.fields.map(withFormat) })),
  globals: config.globals?.map((global) => ({ ...global, fields: global.fields.map(withFormat) })),
})
