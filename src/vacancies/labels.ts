import { labelIn } from '../constants/taxonomy'

/** Contract types a vacancy can offer; the value is stored, the label shown. */
export const CONTRACT_TYPES = [
  { value: 'vast', label: 'Vast contract', schemaOrg: 'FULL_TIME' },
  { value: 'tijdelijk-uitzicht-vast', label: 'Tijdelijk, met uitzicht op vast', schemaOrg: 'TEMPORARY' },
  { value: 'tijdelijk', label: 'Tijdelijk contract', schemaOrg: 'TEMPORARY' },
  { value: 'leerwerk', label: 'Leerwerkovereenkomst (traineeship)', schemaOrg: 'INTERN' },
] as const

export type ContractType = (typeof CONTRACT_TYPES)[number]['value']

export const contractTypeLabel = labelIn(CONTRACT_TYPES, () => null)
