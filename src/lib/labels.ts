import { AUDIENCES, BUILDING_BLOCK_STATUS, ORGANISATION_TYPES, PILOT_STATUS } from '@/constants/taxonomy'

const lookup = (list: readonly { value: string; label: string }[]) => {
  const map = new Map(list.map((item) => [item.value, item.label]))
  return (value: string | null | undefined) => (value ? (map.get(value) ?? value) : '')
}

export const audienceLabel = lookup(AUDIENCES)
export const organisationTypeLabel = lookup(ORGANISATION_TYPES)
export const phaseLabel = lookup(BUILDING_BLOCK_STATUS)
export const pilotStatusLabel = lookup(PILOT_STATUS)
