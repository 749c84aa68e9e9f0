import { AUDIENCES, ORGANISATION_TYPES } from '../../constants/taxonomy'

const labelIn = (list: readonly { value: string; label: string }[]) => (value: string | null | undefined) =>
  list.find((item) => item.value === value)?.label ?? ''

export const audienceLabel = labelIn(AUDIENCES)
export const organisationTypeLabel = labelIn(ORGANISATION_TYPES)
