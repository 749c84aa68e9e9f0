import type { GlobalConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { hasRole } from '../../access/hasRole'

const linkFields = [
  { name: 'label', label: 'Tekst', type: 'text', required: true, maxLength: 80 },
  { name: 'url', label: 'Adres', type: 'text', required: true, maxLength: 300 },
] as const

export const Site: GlobalConfig = {
  slug: 'site',
  label: 'Site (navigatie en voettekst)',
  admin: { group: 'Beheer' },
  access: { read: anyone, update: hasRole('redacteur') },
  fields: [
    { name: 'name', label: 'Naam van het portaal', type: 'text', required: true, defaultValue: 'Kennisportaal Jeugdbescherming Gelderland' },
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
