import type { NumberField } from 'payload'

/**
 * The number a fixed series is known by and listed in ("bouwsteen 6", "KPI 3"): required, one per
 * document, from 1 to `max`, in the sidebar. The collections that have one sort on it.
 */
export const seriesNumberField = (max: number): NumberField => ({
  name: 'number',
  label: 'Nummer',
  type: 'number',
  required: true,
  unique: true,
  min: 1,
  max,
  admin: { position: 'sidebar' },
})
