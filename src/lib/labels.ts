import { AUDIENCES, BUILDING_BLOCK_STATUS, labelIn, ORGANISATION_TYPES, PILOT_STATUS } from '@/constants/taxonomy'

export const audienceLabel = labelIn(AUDIENCES)
export const organisationTypeLabel = labelIn(ORGANISATION_TYPES)
export const phaseLabel = labelIn(BUILDING_BLOCK_STATUS)
export const pilotStatusLabel = labelIn(PILOT_STATUS)

/**
 * An organisation with its type after a dash, unless the name already says it ("Raad voor de
 * Kinderbescherming", "Veilig Thuis Gelderland-Zuid"): the name as written, never lowered.
 */
export function organisationWithType(org: { title: string; type?: string | null }): string {
  const type = organisationTypeBesideName(org)
  return type ? `${org.title} – ${type}` : org.title
}

/** The organisation's type, or '' when its name already says it. */
function organisationTypeBesideName(org: { title: string; type?: string | null }): string {
  const type = organisationTypeLabel(org.type)
  return !type || org.title.toLowerCase().includes(type.toLowerCase()) ? '' : type
}

/**
 * Audiences in running text ("voor jeugdbeschermers en de Raad"): generic roles start lower case,
 * names of organisations keep their capitals.
 */
export function audiencesInText(values: readonly string[]): string {
  return values
    .map(audienceLabel)
    .map((label) => (/^(Raad|Veilig Thuis)\b/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1)))
    .join(', ')
}
