import type { Field } from 'payload'
import type { RedirectsPluginConfig } from '@payloadcms/plugin-redirects/types'

import { selectField } from '../../src/fields/select'
import { access } from './access'
import { checkRedirect } from './hooks/checkRedirect'
import { collapseChains } from './hooks/collapseChains'

/** Dutch labels for the plugin's fields, by field name (the plugin names them in English). */
const LABELS: Record<string, string> = {
  from: 'Oud adres',
  type: 'Soort doel',
  reference: 'Document',
  url: 'Adres',
}

const DESCRIPTIONS: Record<string, string> = {
  from: 'Het pad dat niet meer bestaat, beginnend met /, bijvoorbeeld /privacy of /werkwijzen/oude-naam.',
  reference: 'De bezoeker gaat naar het actuele adres van dit document, ook als de slug later weer verandert.',
  url: 'Een pad van deze site (/paginas/privacy) of een volledig webadres (https://…).',
}

/** The plugin's fields with Dutch labels and explanations; the options of the target type too. */
function dutch(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (!('name' in field)) return field
    const named = { ...field, label: LABELS[field.name] ?? field.label } as Field
    if (DESCRIPTIONS[field.name]) named.admin = { ...named.admin, description: DESCRIPTIONS[field.name] }
    if (field.type === 'radio') {
      return { ...named, options: [{ label: 'Document in het portaal', value: 'reference' }, { label: 'Ander adres', value: 'custom' }] } as Field
    }
    if (field.type === 'group') return { ...named, label: 'Nieuw adres', fields: dutch(field.fields) } as Field
    return named
  })
}

/**
 * The redirects collection of @payloadcms/plugin-redirects as the portal configures it
 * (src/plugins/redirects.ts adds it): Dutch labels, the project office writes, loops are refused
 * and chains collapse (hooks/). `origin` says whether a slug change wrote it or an editor.
 */
export const redirectsOverrides: NonNullable<RedirectsPluginConfig['overrides']> = {
  labels: { singular: 'Doorverwijzing', plural: 'Doorverwijzingen' },
  admin: {
    group: 'Beheer',
    useAsTitle: 'from',
    defaultColumns: ['from', 'to.type', 'origin', 'updatedAt'],
    description:
      'Oude adressen die naar een nieuw adres leiden (permanent, 308). Bij een gewijzigde slug van een gepubliceerde pagina maakt het portaal er zelf een.',
  },
  access,
  hooks: { beforeChange: [checkRedirect], afterChange: [collapseChains] },
  fields: ({ defaultFields }) => [
    ...dutch(defaultFields),
    selectField(
      { name: 'origin', label: 'Ontstaan', defaultValue: 'handmatig', admin: { position: 'sidebar', readOnly: true } },
      { handmatig: 'Door een redacteur', slug: 'Bij een gewijzigde slug' },
    ),
  ],
}
