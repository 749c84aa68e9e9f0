/** How the monitor writes its numbers: Dutch notation, with the indicator's unit. */
export type Unit = 'aantal' | 'procent' | 'dagen' | 'weken'

const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 })

export function formatNumber(value: number): string {
  return number.format(value)
}

export function formatValue(value: number, unit: Unit | string | null | undefined): string {
  const text = formatNumber(value)
  if (unit === 'procent') return `${text}%`
  if (unit === 'dagen') return `${text} ${value === 1 ? 'dag' : 'dagen'}`
  if (unit === 'weken') return `${text} ${value === 1 ? 'week' : 'weken'}`
  return text
}

export const UNIT_LABELS: Record<Unit, string> = {
  aantal: 'aantal',
  procent: 'percentage',
  dagen: 'dagen',
  weken: 'weken',
}

export const DIRECTION_LABELS: Record<string, string> = {
  hoger: 'Hoger is beter',
  lager: 'Lager is beter',
  neutraal: 'Geen voorkeursrichting: hoger of lager is op zich niet beter',
}
