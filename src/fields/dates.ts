/**
 * The check of a date that must come after another date of the same document (an end after its
 * start, the next review after the last); `orSame` lets the two fall on the same moment. An empty
 * date passes: whether one must be there is the field's `required`.
 */
export function dateAfter(sibling: string, message: string, { orSame = false }: { orSame?: boolean } = {}) {
  return (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }): true | string => {
    if (!value || !siblingData?.[sibling]) return true
    const date = new Date(String(value)).getTime()
    const other = new Date(String(siblingData[sibling])).getTime()
    return (orSame ? date >= other : date > other) || message
  }
}
