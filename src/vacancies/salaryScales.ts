/**
 * Salary scales of the cao Jeugdzorg, monthly gross for a full-time job (36 hours), from the first
 * to the last step of each scale.
 *
 * Source: none of the portal's source documents (../shared/bronnen) names salaries. These figures
 * are INDICATIVE, rounded from the cao Jeugdzorg 2025–2026 as published by the FCB
 * (https://www.fcb.nl/cao-jeugdzorg); the site says so next to every amount. Update this table
 * when a new cao applies.
 */
export const SALARY_SCALES_INDICATIVE = true

export const SALARY_SCALES = {
  'Schaal 6': { min: 2650, max: 3500 },
  'Schaal 7': { min: 2800, max: 3850 },
  'Schaal 8': { min: 3000, max: 4250 },
  'Schaal 9': { min: 3250, max: 4750 },
  'Schaal 10': { min: 3550, max: 5200 },
  'Schaal 11': { min: 3950, max: 5750 },
  'Schaal 12': { min: 4400, max: 6400 },
} as const satisfies Record<string, { min: number; max: number }>

export type CaoScale = keyof typeof SALARY_SCALES

export const CAO_SCALES = Object.keys(SALARY_SCALES) as CaoScale[]

export const isCaoScale = (value: unknown): value is CaoScale => typeof value === 'string' && value in SALARY_SCALES

/** "schaal 9", "9" and "Schaal  9" all mean "Schaal 9"; anything else is returned as it came. */
export function normaliseCaoScale(value: unknown): unknown {
  if (typeof value !== 'string') return value
  const match = value.trim().match(/^(?:schaal\s*)?(\d{1,2})$/i)
  return match ? `Schaal ${Number(match[1])}` : value
}

/**
 * The Raad voor de Kinderbescherming is a government body and pays by the cao Rijk: its scales are
 * written "Schaal 10 (cao Rijk)" and shown without a euro range (this table is the cao Jeugdzorg's).
 */
export const isRijkScale = (value: unknown) => typeof value === 'string' && /^Schaal \d{1,2} \(cao Rijk\)$/.test(value)

export const isAcceptedScale = (value: unknown) => isCaoScale(value) || isRijkScale(value)

/** "Schaal 9 (cao Jeugdzorg)", or the Rijk scale as written. */
export const scaleLabel = (value: string) => (isRijkScale(value) ? value : `${value} (cao Jeugdzorg)`)

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })

/** "€ 3.250 tot € 4.750 bruto per maand (indicatief, bij 36 uur)", or null for an unknown scale. */
export function salaryRangeText(scale: string | null | undefined): string | null {
  if (!isCaoScale(scale)) return null
  const { min, max } = SALARY_SCALES[scale]
  const note = SALARY_SCALES_INDICATIVE ? 'indicatief, ' : ''
  return `${euro.format(min)} tot ${euro.format(max)} bruto per maand (${note}bij 36 uur)`
}

export function salaryRange(scale: string | null | undefined): { min: number; max: number } | null {
  return isCaoScale(scale) ? SALARY_SCALES[scale] : null
}
