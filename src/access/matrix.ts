import { ROLES, type Role } from './roles'

/**
 * Who may do what: the one table the access rules are checked against (tests/int/access/matrix,
 * tests/e2e/access) and from which the README's role table is printed. Changing a rule means
 * changing this table first.
 *
 * One letter per operation, in this order:
 *   create · read (published) · read a draft · update · delete · publish
 * A  allowed
 * -  denied
 * O  own scope only: their region, organisation, training or account (anything else denied)
 * R  second pair of eyes: publishes what another redacteur wrote and submitted, never their own
 * .  does not apply (no drafts, or a global that is neither created nor deleted)
 */
export const OPERATIONS = ['create', 'read', 'readDraft', 'update', 'delete', 'publish'] as const
export type Operation = (typeof OPERATIONS)[number]

export const OPERATION_LABELS: Record<Operation, string> = {
  create: 'aanmaken',
  read: 'lezen',
  readDraft: 'concept lezen',
  update: 'wijzigen',
  delete: 'verwijderen',
  publish: 'publiceren',
}

export const MATRIX_ROLES = [...ROLES, 'anonymous'] as const
export type MatrixRole = (typeof MATRIX_ROLES)[number]
export const ANONYMOUS_LABEL = 'Bezoeker (niet ingelogd)'

export type Expectation = 'allow' | 'deny' | 'own' | 'review' | 'n/a'

const CODES: Record<string, Expectation> = { A: 'allow', '-': 'deny', O: 'own', R: 'review', '.': 'n/a' }

/** What an "own" cell means for this entity: the scope the test puts one document inside and one outside. */
export type Scope =
  'region' | 'region-document' | 'organisation' | 'training' | 'session-training' | 'account' | 'preference'

export type EntityRules = {
  kind: 'collection' | 'global'
  slug: string
  label: string
  scope?: Scope
  rules: Record<MatrixRole, string>
}

const everyone = (code: string, except: Partial<Record<MatrixRole, string>> = {}): Record<MatrixRole, string> =>
  Object.fromEntries(MATRIX_ROLES.map((role) => [role, except[role] ?? code])) as Record<MatrixRole, string>

/** Published for all; the roles named edit; the rest read what is published. */
const content = (editors: Partial<Record<MatrixRole, string>>) => everyone('-A----', { admin: 'AAAAAA', ...editors })

/** A shared global (vision, escalation model): read once published, changed by the redacteuren, published by a second one. */
const sharedGlobal = everyone('.A--.-', { admin: '.AAA.A', redacteur: '.AAA.R' })

export const ACCESS_MATRIX: EntityRules[] = [
  // Shared content: the second pair of eyes.
  { kind: 'collection', slug: 'building-blocks', label: 'Bouwstenen', rules: content({ redacteur: 'AAAAAR' }) },
  { kind: 'collection', slug: 'working-methods', label: 'Werkwijzen', rules: content({ redacteur: 'AAAAAR' }) },
  { kind: 'global', slug: 'vision', label: 'Visie', rules: sharedGlobal },
  { kind: 'global', slug: 'escalation-model', label: 'Escalatiemodel', rules: sharedGlobal },
  // Reference material the redacteuren publish directly.
  { kind: 'collection', slug: 'glossary-terms', label: 'Begrippen', rules: content({ redacteur: 'AAAAAA' }) },
  { kind: 'collection', slug: 'pages', label: 'Pagina’s', rules: content({ redacteur: 'AAAAAA' }) },
  // Adopted documents as downloads: the file is served under the same read rule (drafts never public).
  { kind: 'collection', slug: 'documents', label: 'Documenten', rules: content({ redacteur: 'AAAAAA' }) },
  { kind: 'collection', slug: 'indicators', label: 'Indicatoren', rules: content({ redacteur: 'AAAAAA' }) },
  { kind: 'collection', slug: 'organisations', label: 'Organisaties', rules: content({ redacteur: 'AAAAAA' }) },
  {
    kind: 'global',
    slug: 'site',
    label: 'Site (navigatie)',
    rules: everyone('.A.-..', { admin: '.A.A..', redacteur: '.A.A..' }),
  },
  // Regional content: the regional editor of that region, and no one else but an admin.
  { kind: 'collection', slug: 'regions', label: 'Regio’s', scope: 'region-document', rules: content({ redacteur: 'AAAAAA', regioredacteur: '-AOO-O' }) },
  { kind: 'collection', slug: 'local-agreements', label: 'Lokale afspraken', scope: 'region', rules: content({ regioredacteur: 'OAOOOO' }) },
  { kind: 'collection', slug: 'pilots', label: 'Toekomsttuinen', scope: 'region', rules: content({ regioredacteur: 'OAOOOO' }) },
  { kind: 'collection', slug: 'measurements', label: 'Meetwaarden', scope: 'region', rules: everyone('-A.--.', { admin: 'AA.AA.', redacteur: 'AA.AA.', regioredacteur: 'OA.OO.' }) },
  // Trainings: their trainers (and the redacteuren, who keep the catalogue).
  {
    kind: 'collection',
    slug: 'trainings',
    label: 'Trainingen',
    scope: 'training',
    rules: content({ redacteur: 'AAAAAA', trainer: 'OAOOOO' }),
  },
  {
    kind: 'collection',
    slug: 'training-sessions',
    label: 'Sessies',
    scope: 'session-training',
    // "Concept" here: a session of a training that is not published.
    rules: everyone('-A---.', { admin: 'AAAAA.', redacteur: 'AAAAA.', trainer: 'OAOOO.' }),
  },
  {
    kind: 'collection',
    slug: 'registrations',
    label: 'Inschrijvingen',
    scope: 'session-training',
    // Personal data. Registering goes through the form's action, never through the API.
    rules: everyone('--.--.', { admin: '-A.AA.', trainer: '-O.O-.' }),
  },
  {
    kind: 'collection',
    slug: 'vacancies',
    label: 'Vacatures',
    scope: 'organisation',
    rules: content({ werver: 'OAOOOO' }),
  },
  {
    kind: 'collection',
    slug: 'media',
    label: 'Bestanden',
    rules: everyone('-A.--.', {
      admin: 'AA.AA.',
      redacteur: 'AA.AA.',
      regioredacteur: 'AA.--.',
      trainer: 'AA.--.',
      werver: 'AA.--.',
    }),
  },
  // Accounts: admins manage them; everyone else sees and changes only their own (not its role).
  {
    kind: 'collection',
    slug: 'users',
    label: 'Gebruikers',
    scope: 'account',
    rules: everyone('-O.O-.', { admin: 'AA.AA.', anonymous: '--.--.' }),
  },
  { kind: 'collection', slug: 'audit-log', label: 'Auditlog', rules: everyone('--.--.', { admin: '-A.--.' }) },
  // Search: editors pin pages to queries; the statistics are written by the server alone.
  {
    kind: 'collection',
    slug: 'search-best-bets',
    label: 'Aanbevolen zoekresultaten',
    rules: everyone('--.--.', { admin: 'AA.AA.', redacteur: 'AA.AA.' }),
  },
  {
    kind: 'collection',
    slug: 'search-query-stats',
    label: 'Zoekstatistiek',
    rules: everyone('--.--.', { admin: '-A.-A.', redacteur: '-A.--.' }),
  },
  // Redirects: public by nature (following one shows it); the project office writes them, a slug change too.
  { kind: 'collection', slug: 'redirects', label: 'Doorverwijzingen', rules: everyone('-A.--.', { admin: 'AA.AA.', redacteur: 'AA.AA.' }) },
  // Readers' feedback: stored by the form's handler only; the project office reads and works the list.
  { kind: 'collection', slug: 'feedback', label: 'Reacties van lezers', rules: everyone('--.--.', { admin: '-A.AA.', redacteur: '-A.AA.' }) },
  // E-mail alerts: only the alert functions write; admins may look, and erase a subscription on request.
  { kind: 'collection', slug: 'alert-lists', label: 'Meldingenlijsten (intern)', rules: everyone('--.--.', { admin: '-A.--.' }) },
  { kind: 'collection', slug: 'alert-subscriptions', label: 'E-mailmeldingen', rules: everyone('--.--.', { admin: '-A.-A.' }) },
  { kind: 'collection', slug: 'alert-changes', label: 'Meldingen (intern)', rules: everyone('--.--.', { admin: '-A.--.' }) },
  { kind: 'collection', slug: 'alert-deliveries', label: 'Verzendingen (intern)', rules: everyone('--.--.', { admin: '-A.--.' }) },
  // Payload's and the modules' own bookkeeping.
  { kind: 'collection', slug: 'search-changes', label: 'Zoekindex-wijzigingen (intern)', rules: everyone('--.--.') },
  { kind: 'collection', slug: 'mail-receipts', label: 'Verzonden e-mails (intern)', rules: everyone('--.--.') },
  { kind: 'collection', slug: 'payload-jobs', label: 'Taken (intern)', rules: everyone('--.--.') },
  { kind: 'collection', slug: 'payload-kv', label: 'Sleutel-waarde (intern)', rules: everyone('--.--.') },
  { kind: 'collection', slug: 'payload-migrations', label: 'Migraties (intern)', rules: everyone('--.--.') },
  { kind: 'global', slug: 'payload-jobs-stats', label: 'Takenstatistiek (intern)', rules: everyone('.-.-..') },
  {
    kind: 'collection',
    slug: 'payload-locked-documents',
    label: 'Documentvergrendeling (intern)',
    rules: everyone('AA.AA.', { professional: '--.--.', anonymous: '--.--.' }),
  },
  {
    kind: 'collection',
    slug: 'payload-preferences',
    label: 'Voorkeuren (intern)',
    scope: 'preference',
    rules: everyone('AO.OO.', { anonymous: '--.--.' }),
  },
]

export function expectation(entity: EntityRules, role: MatrixRole, operation: Operation): Expectation {
  const code = entity.rules[role][OPERATIONS.indexOf(operation)]
  const value = CODES[code]
  if (!value) throw new Error(`matrix: "${code}" for ${role} on ${entity.slug}/${operation} is not a known code`)
  return value
}

export function roleLabel(role: MatrixRole, labels: Record<Role, string>): string {
  return role === 'anonymous' ? ANONYMOUS_LABEL : labels[role]
}
