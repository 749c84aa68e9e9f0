import type { RequiredDataFromCollectionSlug } from 'payload'

import { idOf, type SeedContext } from '../lib/context'
import { completedQuarters, quarterLabel } from '../lib/dates'
import { randomStream } from '../lib/random'
import { INDICATORS } from './indicators'
import { REGIONS } from './regions'

/**
 * Example figures: eight finished quarters per KPI per region. The sources hold no figures, so
 * these are generated, repeatable (same quarter, same number) and marked as examples. The size of
 * a region is a rough count of its inhabitants in thousands, so larger regions get larger counts.
 */
const INHABITANTS_THOUSANDS: Record<string, number> = {
  achterhoek: 300,
  'centraal-gelderland': 480,
  foodvalley: 275,
  'midden-ijssel-oost-veluwe': 345,
  'noord-veluwe': 235,
  'rijk-van-nijmegen': 340,
  rivierenland: 255,
}

export const QUARTERS_PER_REGION = 8

const round1 = (value: number) => Math.round(value * 10) / 10

export function measurementDocs(ctx: SeedContext): RequiredDataFromCollectionSlug<'measurements'>[] {
  const quarters = completedQuarters(ctx.now, QUARTERS_PER_REGION)
  const docs: RequiredDataFromCollectionSlug<'measurements'>[] = []
  for (const region of REGIONS) {
    const size = INHABITANTS_THOUSANDS[region.slug]
    quarters.forEach((quarter, step) => {
      const period = quarterLabel(quarter)
      // Relative time: 0 for the oldest quarter, 1 for the newest; trends move with it.
      const t = step / (QUARTERS_PER_REGION - 1)
      const random = randomStream(`measurement|${region.slug}|${period}`)
      const noise = (spread: number) => (random() - 0.5) * 2 * spread
      const measures = Math.round(size * (0.95 - 0.08 * t) + noise(size * 0.04))
      const inflow = Math.round(measures * (0.13 - 0.02 * t) + noise(4))
      const outflow = Math.round(measures * (0.12 + 0.015 * t) + noise(4))
      const transfer = Math.max(0, Math.round(measures * 0.02 + noise(2)))
      const values: Record<number, { value: number; note?: string }> = {
        1: { value: measures },
        2: { value: inflow, note: `Uitstroom ${outflow}, doorstroom ${transfer}.` },
        3: { value: Math.round(690 - 90 * t + noise(35)) },
        4: { value: round1(76 + 4 * t + noise(4)) },
        5: { value: round1(10.5 - 3 * t + noise(1.5)) },
        6: { value: Math.round(48 - 14 * t + noise(7)) },
        7: { value: round1(33 + 11 * t + noise(4)) },
      }
      for (const kpi of INDICATORS) {
        const { value, note } = values[kpi.number]
        docs.push({
          indicator: idOf(ctx.ids.indicators, kpi.number, 'indicator'),
          region: idOf(ctx.ids.regions, region.slug, 'regio'),
          period,
          value,
          note: note ? `Voorbeeldcijfer. ${note}` : 'Voorbeeldcijfer.',
          isExample: true,
        })
      }
    })
  }
  return docs
}
