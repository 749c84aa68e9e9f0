import fc from 'fast-check'

/**
 * A value for an address, as the fuzz specs (tests/int/api/rest-fuzz.spec.ts,
 * tests/e2e/fuzz-pages.e2e.spec.ts) send it: one of the `hostile` ones, or any string, binary
 * ones too, percent-encoded (a lone surrogate cannot be encoded and becomes "x"); `extra` adds
 * other kinds.
 */
export function encodedText(
  hostile: fc.Arbitrary<string>,
  { maxLength, binaryMaxLength }: { maxLength: number; binaryMaxLength: number },
  ...extra: fc.Arbitrary<string>[]
): fc.Arbitrary<string> {
  return fc.oneof(
    hostile,
    fc.string({ maxLength }).map(encodeURIComponent),
    fc.string({ unit: 'binary', maxLength: binaryMaxLength }).map((value) => {
      try {
        return encodeURIComponent(value)
      } catch {
        return 'x'
      }
    }),
    ...extra,
  )
}
