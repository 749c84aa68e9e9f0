import type { Access, CollectionConfig, GlobalConfig } from 'payload'

import { forceScope } from './forceScope'
import { hasRole } from './hasRole'
import { isAdmin } from './isAdmin'
import { nobody } from './nobody'
import { publishedOr, publishedOrRoles } from './publishedOr'
import type { Role } from './roles'
import { scopedListFilter } from './scopeInAdmin'
import { ownRegion, scoped } from './scoped'
import { versionsFor } from './versions'

/**
 * The access blocks that several collections share, so each collection's `access.ts` names one
 * rule instead of repeating five lines. Every factory returns a fresh object.
 */

type CollectionAccess = NonNullable<CollectionConfig['access']>
type GlobalAccess = NonNullable<GlobalConfig['access']>

/**
 * Drafted content edited by one rule (a role, a region, an organisation): visitors and everyone
 * else read what is published; the editors read, create, change and delete, and read the history.
 */
export function draftedContentAccess(editor: Access): CollectionAccess {
  return { read: publishedOr(editor), create: editor, update: editor, delete: editor, readVersions: versionsFor(editor) }
}

/** The project office's shared content: the redacteuren (and admins) edit, everyone reads what is published. */
export function editorialAccess(...roles: Role[]): CollectionAccess {
  const editors: Role[] = roles.length > 0 ? roles : ['redacteur']
  return { ...draftedContentAccess(hasRole(...editors)), read: publishedOrRoles(...editors) }
}

/** The same for a global: there is nothing to create or delete. */
export function editorialGlobalAccess(...roles: Role[]): GlobalAccess {
  const editors: Role[] = roles.length > 0 ? roles : ['redacteur']
  return { read: publishedOrRoles(...editors), update: hasRole(...editors), readVersions: versionsFor(hasRole(...editors)) }
}

/** A regioredacteur's own region (through `field`); admins, and the roles in `all`, everything. */
export const regionalEditor = (field = 'region', all: Role[] = []): Access =>
  scoped({ all, role: 'regioredacteur', where: ownRegion(field) })

/** Regional content (local agreements, pilots): drafted, edited by the editors of its region. */
export const regionalAccess = (field = 'region'): CollectionAccess => draftedContentAccess(regionalEditor(field))

/** The beforeChange hook that keeps a regioredacteur's documents in their own region. */
export const keepOwnRegion = (field = 'region') => forceScope('regioredacteur', field, 'region')

/** A regioredacteur's admin list: only their own region's documents (the region itself: `ownRegionList('id')`). */
export const ownRegionList = (field = 'region') => scopedListFilter('regioredacteur', field, 'region')

/**
 * Internal tables of the system (the mail marker, the search change log): nobody reads or writes
 * them over the API; the jobs that keep them write with overrideAccess.
 */
export function internalAccess(): CollectionAccess {
  return { read: nobody, create: nobody, update: nobody, delete: nobody }
}

/** Internal bookkeeping written only by the system: admins may read it, nobody changes it over the API. */
export function systemRecordAccess(): CollectionAccess {
  return { create: nobody, read: isAdmin, update: nobody, delete: nobody }
}
