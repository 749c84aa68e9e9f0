import type { Role } from '../../src/access/roles'
import { REGIONS } from './regions'
import { regionInText } from '../../src/regions/region-in-text'

/**
 * Demo accounts: one per role, two editors (so a second pair of eyes can review), two trainers,
 * two recruiters of different organisations, and one regional editor per region. Functional
 * names and example.org addresses only. seed/README.md lists the same accounts.
 */
export type DemoUser = {
  email: string
  name: string
  role: Role
  /** Region slug (regional editors). */
  region?: string
  /** Organisation slug (recruiters). */
  organisation?: string
  /** What the account may do, for the README table. */
  scope: string
}

export const DEMO_USERS: DemoUser[] = [
  { email: 'beheer@example.org', name: 'Beheerder (demo)', role: 'admin', scope: 'alles, ook gebruikers en rollen' },
  {
    email: 'redactie@example.org',
    name: 'Redacteur projectbureau (demo)',
    role: 'redacteur',
    scope: 'visie, bouwstenen, werkwijzen, escalatiemodel, begrippen, organisaties, pagina’s',
  },
  {
    email: 'redactie-tweede@example.org',
    name: 'Tweede redacteur projectbureau (demo)',
    role: 'redacteur',
    scope: 'als redactie@; voor het vier-ogenprincipe',
  },
  {
    email: 'opleider-gi@example.org',
    name: 'Opleider gecertificeerde instellingen (demo)',
    role: 'trainer',
    scope: 'eigen trainingen, sessies en inschrijvingen',
  },
  {
    email: 'opleider-veiligheid@example.org',
    name: 'Opleider Veilig Thuis en Raad (demo)',
    role: 'trainer',
    scope: 'eigen trainingen, sessies en inschrijvingen',
  },
  {
    email: 'werving-jbg@example.org',
    name: 'Werver Jeugdbescherming Gelderland (demo)',
    role: 'werver',
    organisation: 'jeugdbescherming-gelderland',
    scope: 'vacatures van Jeugdbescherming Gelderland',
  },
  {
    email: 'werving-vtgm@example.org',
    name: 'Werver Veilig Thuis Gelderland-Midden (demo)',
    role: 'werver',
    organisation: 'veilig-thuis-gelderland-midden',
    scope: 'vacatures van Veilig Thuis Gelderland-Midden',
  },
  {
    email: 'professional@example.org',
    name: 'Professional (demo)',
    role: 'professional',
    scope: 'lezen; geen toegang tot het beheer',
  },
  ...REGIONS.map((region): DemoUser => ({
    email: `regio-${region.slug}@example.org`,
    name: `Regioredacteur ${region.title} (demo)`,
    role: 'regioredacteur',
    region: region.slug,
    scope: `lokale afspraken, toekomsttuinen, contactpunten en meetwaarden van ${regionInText(region.title)}`,
  })),
]

/** The two trainer accounts, by what they train; trainings.ts hands each training to one of them. */
export const TRAINERS = { gi: 'opleider-gi@example.org', veiligheid: 'opleider-veiligheid@example.org' } as const
