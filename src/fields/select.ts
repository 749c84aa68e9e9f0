import type { SelectField } from 'payload'

/** A choice list written as `{ storedValue: 'Label editors see' }`, in the order the admin shows it. */
export type OptionLabels = Readonly<Record<string, string>>

// JavaScript puts keys that read as whole numbers ('1', '20') before all others, whatever the
// order they were written in; such a list would change order without anyone noticing.
const WHOLE_NUMBER = /^(0|[1-9]\d*)$/

/** `{ value: 'Label' }` as Payload's `{ value, label }` options, in the written order. */
export function optionsFrom(labels: OptionLabels): { value: string; label: string }[] {
  return Object.entries(labels).map(([value, label]) => {
    if (WHOLE_NUMBER.test(value)) {
      throw new Error(
        `optionsFrom: "${value}" reads as a number and would be moved to the front; use a word as the value`,
      )
    }
    return { value, label }
  })
}

type SelectProps = Omit<SelectField, 'type' | 'options'>

/**
 * A select field whose choices are written inline, one `value: 'Label'` pair each. Everything
 * else (name, label, required, defaultValue, admin, …) is the field's own Payload config, as is.
 * A list the finders or search facets share stays in src/constants and is passed as `options`.
 */
export function selectField(field: SelectProps, labels: OptionLabels): SelectField {
  return { ...field, type: 'select', options: optionsFrom(labels) } as SelectField
}
