import type { TypedUser } from 'payload'

import { ROLE_LABELS, isRole, type Role } from '../access/roles'
import { adminPath } from '../lib/urls'

type Task = { label: string; href: string; hint: string }

/** What each role comes to the admin for, first. Links only; access control decides the rest. */
export const ROLE_TASKS: Record<Role, Task[]> = {
  admin: [
    { label: 'Gebruikers', href: adminPath({ collection: 'users' }), hint: 'accounts, rollen, regio en organisatie' },
    { label: 'Auditlog', href: adminPath({ collection: 'audit-log' }), hint: 'wie wat publiceerde en wie inlogde' },
  ],
  redacteur: [
    { label: 'Werkwijzen', href: adminPath({ collection: 'working-methods' }), hint: 'bijwerken en ter controle aanbieden' },
    { label: 'Bouwstenen', href: adminPath({ collection: 'building-blocks' }), hint: 'de acht bouwstenen en hun voortgang' },
    { label: 'Escalatiemodel', href: adminPath({ global: 'escalation-model' }), hint: 'treden, termijnen en uitgangspunten' },
    { label: 'Begrippen', href: adminPath({ collection: 'glossary-terms' }), hint: 'begrippenlijst en zoeksynoniemen' },
  ],
  regioredacteur: [
    { label: 'Lokale afspraken', href: adminPath({ collection: 'local-agreements' }), hint: 'afspraken van uw regio' },
    { label: 'Toekomsttuinen', href: adminPath({ collection: 'pilots' }), hint: 'pilots en hun resultaten' },
    { label: 'Meetwaarden', href: adminPath({ collection: 'measurements' }), hint: 'KPI-cijfers van uw regio' },
    { label: 'Uw regio', href: adminPath({ collection: 'regions' }), hint: 'contactpunten en beschrijving' },
  ],
  trainer: [
    { label: 'Nieuwe training', href: adminPath({ collection: 'trainings', create: true }), hint: 'een training met sessies aanmaken' },
    { label: 'Uw trainingen', href: adminPath({ collection: 'trainings' }), hint: 'trainingen die u verzorgt' },
    { label: 'Sessies', href: adminPath({ collection: 'training-sessions' }), hint: 'data, plaats en capaciteit' },
    { label: 'Inschrijvingen', href: adminPath({ collection: 'registrations' }), hint: 'deelnemers, wachtlijst en export' },
  ],
  werver: [
    { label: 'Nieuwe vacature', href: adminPath({ collection: 'vacancies', create: true }), hint: 'een vacature van uw organisatie plaatsen' },
    { label: 'Uw vacatures', href: adminPath({ collection: 'vacancies' }), hint: 'open en gesloten vacatures' },
  ],
  professional: [],
}

/** On the dashboard, above everything else: the role and its first tasks. */
export default function RoleStart({ user }: { user?: TypedUser | null }) {
  const role = (user as { role?: unknown } | null | undefined)?.role
  if (!isRole(role)) return null
  const tasks = ROLE_TASKS[role]
  return (
    <section aria-labelledby="role-start" style={{ marginBottom: '2rem' }}>
      <h2 id="role-start" style={{ marginTop: 0 }}>
        Welkom, {ROLE_LABELS[role].toLowerCase()}
      </h2>
      {tasks.length ? (
        <ul style={{ display: 'grid', gap: '0.75rem', gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))', listStyle: 'none', padding: 0 }}>
          {tasks.map((task) => (
            <li key={task.href} style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '0.75rem 1rem' }}>
              <a href={task.href} style={{ fontWeight: 700 }}>
                {task.label}
              </a>
              <br />
              <span>{task.hint}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>Uw account is om te lezen; beheren hoort niet bij uw rol.</p>
      )}
    </section>
  )
}
