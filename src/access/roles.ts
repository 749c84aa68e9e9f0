/** The roles of the portal. Values are stored; labels are what editors see. */
export const ROLES = ['admin', 'redacteur', 'regioredacteur', 'trainer', 'werver', 'professional'] as const

export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Beheerder',
  redacteur: 'Redacteur (projectbureau)',
  regioredacteur: 'Regioredacteur',
  trainer: 'Trainer / opleider',
  werver: 'Werver (organisatie)',
  professional: 'Professional',
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}
