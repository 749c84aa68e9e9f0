import type { TypedUser } from 'payload'

import { ROLE_LABELS, isRole, type Role } from '../access/roles'

type Task = { label: string; href: string; hint: string }

/** What each role comes to the admin for, first. Links only; access control decides the rest. */
export const ROLE_TASKS: Record<Role, Task[]> = {
  admin: [
    { label: 'Gebruikers', href: '/admin/collections/users', hint: 'accounts, rollen, regio en organisatie' },
    { label: 'Auditlog', href: '/admin/collections/audit-log', hint: 'wie wat publiceerde en wie inlogde' },
  ],
  redacteur: [
    { label: 'Werkwijzen', href: '/admin/collections/working-methods', hint: 'bijwerken en ter controle aanbieden' },
    { label: 'Bouwstenen', href: '/admin/collections/building-blocks', hint: 'de acht bouwstenen en hun voortgang' },
    { label: 'Escalatiemodel', href: '/admin/globals/escalation-model', hint: 'treden, termijnen en uitgangspunten' },
    { label: 'Begrippen', href: '/admin/collections/glossary-terms', hint: 'begrippenlijst en zoeksynoniemen' },
  ],
  regioredacteur: [
    { label: 'Lokale afspraken', href: '/admin/collections/local-agreements', hint: 'afspraken van uw regio' },
    { label: 'Toekomsttuinen', href: '/admin/collections/pilots', hint: 'pilots en hun resultaten' },
    { label: 'Meetwaarden', href: '/admin/collections/measurements', hint: 'KPI-cijfers van uw regio' },
    { label: 'Uw regio', href: '/admin/collections/regions', hint: 'contactpunten en beschrijving' },
  ],
  trainer: [
    { label: 'Nieuwe training', href: '/admin/collections/trainings/create', hint: 'een training met sessies aanmaken' },
    { label: 'Uw trainingen', href: '/admin/collections/trainings', hint: 'trainingen die u verzorgt' },
    { label: 'Sessies', href: '/admin/collections/training-sessions', hint: 'data, plaats en capaciteit' },
    { label: 'Inschrijvingen', href: '/admin/collections/registrations', hint: 'deelnemers, wachtlijst en export' },
  ],
  werver: [
    { label: 'Nieuwe vacature', href: '/admin/collections/vacancies/create', hint: 'een vacature van uw organisatie plaatsen' },
    { label: 'Uw vacatures', href: '/admin/collections/vacancies', hint: 'open en gesloten vacatures' },
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
