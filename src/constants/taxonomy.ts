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

// The next two are written as { value: 'Label' }: a selectField's choices and a label look-up in one.

/** How a training is given: the admin's choice, the /scholing facet and the search tags. */
export const TRAINING_FORMATS: Record<string, string> = {
  klassikaal: 'Klassikaal',
  online: 'Online',
  blended: 'Klassikaal en online',
}

/** What a region's contact point is: the admin's choice and the words the region is found by in search. */
export const CONTACT_POINT_KINDS: Record<string, string> = {
  ret: 'Regionaal Expertteam',
  jeugdbeschermingstafel: 'Jeugdbeschermingstafel',
  'veilig-thuis': 'Veilig Thuis',
  raad: 'Raad voor de Kinderbescherming',
  escalatie: 'Escalatie en doorbraak',
  overig: 'Overig',
}

export const valuesOf = <T extends readonly { value: string }[]>(list: T): T[number]['value'][] => list.map((item) => item.value)

/**
 * The label of a stored value in one of these lists. A value the list does not hold gets
 * `fallback`: by default the value itself (shown as stored rather than hidden), '' for none.
 */
export function labelIn<F = string>(
  list: readonly { value: string; label: string }[],
  fallback: (value: string | null | undefined) => F = (value) => (value ?? '') as F,
): (value: string | null | undefined) => string | F {
  return (value) => list.find((item) => item.value === value)?.label ?? fallback(value)
}
