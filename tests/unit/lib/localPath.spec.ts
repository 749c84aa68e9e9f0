import { describe, expect, it } from 'vitest'

import { safeLocalPath } from '../../../src/lib/localPath'

describe('safeLocalPath', () => {
  it('keeps paths on this site, with query and fragment', () => {
    expect(safeLocalPath('/')).toBe('/')
    expect(safeLocalPath('/bouwstenen/veiligheid?x=1#kop')).toBe('/bouwstenen/veiligheid?x=1#kop')
  })

  it.each([
    '/\\evil.example',
    '/%5Cevil.example'.replace('%5C', '\\'),
    '//evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    'https://evil.example/',
    'evil.example',
    'javascript:alert(1)',
    '',
    '/'.padEnd(3_000, 'a'),
  ])('sends %j home instead', (value) => {
    expect(safeLocalPath(value)).toBe('/')
  })

  it('refuses what is not a string', () => {
    expect(safeLocalPath(null)).toBe('/')
    expect(safeLocalPath(undefined)).toBe('/')
    expect(safeLocalPath({})).toBe('/')
  })
})
