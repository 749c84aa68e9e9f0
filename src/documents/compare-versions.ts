/** A document version as editors write it: 1, 1.0, 2.1, 2.1.3. */
export const VERSION_PATTERN = /^\d{1,4}(\.\d{1,4}){0,2}$/

/** Orders versions numerically (2.10 after 2.9); negative when a comes first. */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number)
  const right = b.split('.').map(Number)
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0)
    if (diff !== 0) return diff
  }
  return 0
}
