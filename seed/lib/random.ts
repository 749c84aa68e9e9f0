import { createHash } from 'node:crypto'

/** Mulberry32: a small, fast generator; the same seed gives the same stream. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A repeatable pseudo-random stream: the same key gives the same figures on every seed run, so
 * seeding twice changes nothing and a chart in a screenshot stays the same.
 */
export function randomStream(key: string): () => number {
  return mulberry32(createHash('sha1').update(key).digest().readUInt32LE(0))
}
