/**
 * Whether a save changes what readers see. Used to tell a reviewer who only publishes from one who
 * also rewrites: the admin sends the whole form on publish, so the comparison must not trip over
 * how a value is written (an id or a populated document, a number or its string, a date string in
 * another format, the empty values and the defaults Lexical adds when the editor opens a text).
 */

/**
 * Never content: bookkeeping of Payload and of the workflow itself, and the readability score,
 * which the save computes from the text (and which moves when the glossary does).
 */
const BOOKKEEPING = new Set(['id', '_status', 'createdAt', 'updatedAt', 'review', 'deletedAt', 'readability'])

/** Lexical's node attributes at their default value, which the editor writes out or leaves away. */
const LEXICAL_DEFAULTS: Record<string, unknown[]> = {
  detail: [0],
  direction: [null, 'ltr'],
  format: ['', 0],
  indent: [0],
  mode: ['normal'],
  style: [''],
  textFormat: [0],
  textStyle: [''],
  version: [1],
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/

function canonical(value: unknown): unknown {
  if (value === null || value === undefined || value === '' || value === false) return undefined
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) return new Date(value).getTime()
    if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value)
    return value
  }
  if (Array.isArray(value)) {
    const items = value.map(canonical).filter((item) => item !== undefined)
    return items.length ? items : undefined
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    // A populated relationship stands for its id.
    if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return canonical(record.id)
    const entries = Object.keys(record)
      .sort()
      .filter((key) => !(key in LEXICAL_DEFAULTS && LEXICAL_DEFAULTS[key].includes(record[key])))
      .map((key) => [key, canonical(record[key])] as const)
      .filter(([, item]) => item !== undefined)
    return entries.length ? Object.fromEntries(entries) : undefined
  }
  return value
}

export function sameContent(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
}

/**
 * The content fields that the incoming data changes compared with the stored document. A field the
 * data leaves out is unchanged (a partial update); virtual fields (joins) are not stored at all.
 */
export function changedFields(
  original: Record<string, unknown> | undefined,
  data: Record<string, unknown>,
  ignore: readonly string[] = [],
): string[] {
  const skip = new Set([...BOOKKEEPING, ...ignore])
  return Object.keys(data).filter((key) => !skip.has(key) && !sameContent(data[key], original?.[key]))
}
