import type { Field, GlobalConfig } from 'payload'

import { LINK_SCHEMES, URL_MESSAGES, urlField } from '../../fields/url'
import { access } from './access'

const linkFields: Field[] = [
  { name: 'label', label: 'Tekst', type: 'text', required: true, maxLength: 80 },
  urlField(
    { name: 'url', label: 'Adres', required: true, maxLength: 300 },
    { schemes: LINK_SCHEMES, allowLocal: true },
    URL_MESSAGES.schemeOrLocal,
  ),
]

export const Site: GlobalConfig = {
  slug: 'site',
  label: 'Site (navigatie en voettekst)',
  admin: { group: 'Beheer' },
  access,
  fields: [
    {
      name: 'name',
      label: 'Naam van het portaal',
      type: 'text',
      required: true,
      defaultValue: 'Kennisportaal Jeugdbescherming Gelderland',
    },
    { name: 'tagline', label: 'Ondertitel', type: 'text', maxLength: 200 },
    {
      name: 'navigation',
      label: 'Hoofdnavigatie',
      labels: { singular: 'Link', plural: 'Links' },
      type: 'array',
      maxRows: 12,
      fields: [...linkFields],
    },
    { name: 'footerText', label: 'Voettekst', type: 'textarea', maxLength: 600 },
    {
      name: 'footerLinks',
      label: 'Links in de voettekst',
      labels: { singular: 'Link', plural: 'Links' },
      type: 'array',
      fields: [...linkFields],
    },
    {
      name: 'contact',
      label: 'Contact',
      type: 'group',
      fields: [
        { name: 'email', label: 'E-mail (functioneel adres)', type: 'email' },
        { name: 'phone', label: 'Telefoon', type: 'text', maxLength: 40 },
        { name: 'text', label: 'Toelichting', type: 'textarea', maxLength: 400 },
      ],
    },
  ],
}
