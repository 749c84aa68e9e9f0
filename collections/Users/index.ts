import type { CollectionConfig, CollectionSlug, RelationshipField } from 'payload'

import { isAdminField } from '../../src/access/isAdmin'
import { ROLE_LABELS, ROLES } from '../../src/access/roles'
import { forgotPasswordEndpoint, RESET_TOKEN_TTL_MS } from './passwordReset'
import { verifyDisabledEndpoint } from './endpoints/verifyDisabled'
import { equalizeLoginWork } from './hooks/equalizeLoginWork'
import { access } from './access'

const adminsOnly = { create: isAdminField, update: isAdminField }

/**
 * Where an account may write (a regioredacteur's region, a werver's organisation): carried in the
 * login token, so access checks need no lookup, and like the role handed out by admins only.
 */
const scopeField = (name: string, label: string, relationTo: CollectionSlug, description: string): RelationshipField => ({
  name,
  label,
  type: 'relationship',
  relationTo,
  saveToJWT: true,
  admin: { description },
  access: adminsOnly,
})

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Gebruiker', plural: 'Gebruikers' },
  admin: { useAsTitle: 'email', group: 'Beheer', defaultColumns: ['name', 'email', 'role', 'region', 'organisation'] },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: {
      sameSite: 'Lax',
      secure: process.env.NODE_ENV === 'production' && process.env.COOKIE_SECURE !== 'false',
    },
    forgotPassword: { expiration: RESET_TOKEN_TTL_MS },
  },
  hooks: {
    beforeOperation: [equalizeLoginWork],
  },
  // forgotPasswordEndpoint answers at once and mails through the queue (passwordReset.ts); Payload's
  // own handlers of the same paths come after these and are never reached.
  endpoints: [forgotPasswordEndpoint, verifyDisabledEndpoint],
  access,
  fields: [
    { name: 'name', label: 'Naam', type: 'text', maxLength: 120 },
    {
      name: 'role',
      label: 'Rol',
      type: 'select',
      required: true,
      defaultValue: 'professional',
      saveToJWT: true,
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      // Only admins hand out roles; a user can never raise their own.
      access: adminsOnly,
    },
    scopeField('region', 'Regio', 'regions', 'Voor regioredacteuren: de enige regio waarin zij schrijven.'),
    scopeField('organisation', 'Organisatie', 'organisations', 'Voor wervers: de enige organisatie waarvoor zij vacatures plaatsen.'),
  ],
}
