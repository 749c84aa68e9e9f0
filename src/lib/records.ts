/**
 * Whether a value can be read field by field. For documents of a collection or global that is
 * known only at run time (a loop over the config): no generated type fits them, and none has the
 * index signature that reading a field by name needs.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
