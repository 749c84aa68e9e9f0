/** Shared value lists: the same words in the admin, the finders and the search facets. */

export const AUDIENCES = [
  { value: 'jeugdbeschermer', label: 'Jeugdbeschermer (GI)' },
  { value: 'jeugdreclasseerder', label: 'Jeugdreclasseerder' },
  { value: 'lokaal-team', label: 'Lokaal team / wijkteam' },
  { value: 'veilig-thuis', label: 'Veilig Thuis' },
  { value: 'raad', label: 'Raad voor de Kinderbescherming' },
  { value: 'huisarts', label: 'Huisarts en POH-jeugd' },
  { value: 'onderwijs', label: 'Onderwijs' },
  { value: 'zorgaanbieder', label: 'Jeugdhulpaanbieder' },
  { value: 'gemeente', label: 'Gemeente (beleid en inkoop)' },
  { value: 'ouders', label: 'Ouders en jongeren' },
] as const

export const ORGANISATION_TYPES = [
  { value: 'gi', label: 'Gecertificeerde instelling (GI)' },
  { value: 'veilig-thuis', label: 'Veilig Thuis' },
  { value: 'raad', label: 'Raad voor de Kinderbescherming' },
  { value: 'lokaal-team', label: 'Lokaal team' },
  { value: 'gemeente', label: 'Gemeente of jeugdhulpregio' },
  { value: 'zorgaanbieder', label: 'Zorgaanbieder' },
  { value: 'overig', label: 'Overig' },
] as const

export const BUILDING_BLOCK_STATUS = [
  { value: 'gereed', label: 'Gereed' },
  { value: 'in-uitvoering', label: 'In uitvoering' },
  { value: 'in-ontwikkeling', label: 'In ontwikkeling' },
  { value: 'niet-gestart', label: 'Nog niet gestart' },
] as const

export const PILOT_STATUS = [
  { value: 'voorbereiding', label: 'In voorbereiding' },
  { value: 'lopend', label: 'Loopt' },
  { value: 'afgerond', label: 'Afgerond' },
] as const

export const REGISTRATION_STATUS = [
  { value: 'confirmed', label: 'Bevestigd' },
  { value: 'waitlist', label: 'Wachtlijst' },
  { value: 'cancelled', label: 'Geannuleerd' },
  { value: 'attended', label: 'Aanwezig geweest' },
] as const

export const valuesOf = <T extends readonly { value: string }[]>(list: T): T[number]['value'][] => list.map((item) => item.value)
