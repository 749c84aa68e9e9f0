import type { Field } from 'payload'

import { canUseAdmin } from '../access/canUseAdmin'
import { isValidEmail } from '../lib/email'

/**
 * The project office's address: the owner of every page that names none, so a reader's remark
 * always reaches someone. PROJECT_OFFICE_EMAIL overrides it.
 */
export function projectOfficeAddress(env: Record<string, string | undefined> = process.env): string {
  const configured = env.PROJECT_OFFICE_EMAIL?.trim()
  return configured && isValidEmail(configured) ? configured : 'projectbureau@example.org'
}

/**
 * "Eigenaar van de pagina": who gets the remarks readers leave under it ("Was deze pagina
 * nuttig?"). An address, so an owner outside the portal's accounts can be named too. Only the
 * accounts that use the admin read it: a visitor reading a page over the API does not get it.
 */
export function ownerField(): Field {
  return {
    name: 'pageOwner',
    label: 'Eigenaar van de pagina',
    type: 'email',
    defaultValue: () => projectOfficeAddress(),
    access: { read: canUseAdmin },
    admin: {
      position: 'sidebar',
      description: 'Krijgt de opmerkingen van lezers per e-mail. Leeg: het projectbureau.',
    },
  }
}
