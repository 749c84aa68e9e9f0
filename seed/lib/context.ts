import type { Payload } from 'payload'

/**
 * A document id as the generated types describe it (SQL databases). On MongoDB ids are strings at
 * runtime; the seed only passes them back to Payload, which accepts either.
 */
export type ID = number

/** What every domain step of the seed gets: the Payload instance, the clock and earlier ids. */
export type SeedContext = {
  payload: Payload
  now: Date
  log: (line: string) => void
  /** Ids of documents created earlier in the run, by natural key (slug, number, e-mail). */
  ids: {
    regions: Record<string, ID>
    organisations: Record<string, ID>
    users: Record<string, ID>
    buildingBlocks: Record<number, ID>
    workingMethods: Record<string, ID>
    indicators: Record<number, ID>
    trainings: Record<string, ID>
  }
}

/** Marks every write as the seed's, so other hooks (search index, mail) can skip their work. */
export const SEED_CONTEXT = { seeding: true } as const

/** The id of a key that an earlier step must have created; a typo in the data fails loudly. */
export function idOf(map: Record<string | number, ID>, key: string | number, what: string): ID {
  const id = map[key]
  if (id === undefined) throw new Error(`Seed: ${what} "${key}" bestaat niet (eerdere stap overgeslagen of tikfout).`)
  return id
}
