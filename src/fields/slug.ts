import type { Field, FieldHook } from 'payload'

/** Dutch-friendly slug: accents folded, lower case, words joined by hyphens. */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/&/g, ' en ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
}

const formatSlug =
  (sourceField: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim() !== '') return slugify(value)
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    return typeof source === 'string' ? slugify(source) : value
  }

/** A unique slug made from the title when left empty, and editable afterwards. */
export function slugField(sourceField = 'title'): Field {
  return {
    name: 'slug',
    label: 'Slug (webadres)',
    type: 'text',
    unique: true,
    index: true,
    admin: { position: 'sidebar', description: 'Wordt gemaakt uit de titel; u mag hem aanpassen.' },
    hooks: { beforeValidate: [formatSlug(sourceField)] },
    validate: (value: unknown) => {
      if (typeof value !== 'string' || value === '') return true // filled in from the title
      return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) || 'Een slug bestaat uit kleine letters, cijfers en koppeltekens.'
    },
  }
}
