import { describe, expect, it } from 'vitest'

import { compareVersions, VERSION_PATTERN } from '../../../src/documents/compare-versions'
import { type DocumentVersion, groupDocumentVersions, versionMark } from '../../../src/documents/group-versions'

const version = (
  id: number,
  slug: string,
  v: string,
  documentStatus: DocumentVersion['documentStatus'],
): DocumentVersion => ({
  id,
  slug,
  title: `Document ${slug}`,
  version: v,
  documentStatus,
})

describe('document versions', () => {
  it('orders version numbers as numbers, not as text', () => {
    expect(compareVersions('2.10', '2.9')).toBeGreaterThan(0)
    expect(compareVersions('1', '1.0')).toBe(0)
    expect(compareVersions('1.0.1', '1.0')).toBeGreaterThan(0)
    expect(VERSION_PATTERN.test('2.1')).toBe(true)
    expect(VERSION_PATTERN.test('v2')).toBe(false)
    expect(VERSION_PATTERN.test('1.2.3.4')).toBe(false)
  })

  it('takes the newest adopted version as current, even when a newer concept or older retired ones exist', () => {
    const [series, other] = groupDocumentVersions([
      version(1, 'model', '1.0', 'vervallen'),
      version(2, 'model', '2.9', 'vastgesteld'),
      version(3, 'model', '2.10', 'vastgesteld'),
      version(4, 'model', '3.0', 'concept'),
      version(5, 'route', '0.9', 'concept'),
    ])
    expect(series.current.version).toBe('2.10')
    expect(series.older.map((doc) => [doc.version, versionMark(doc, series.current)])).toEqual([
      ['3.0', 'Concept'],
      ['2.9', 'Oudere versie'],
      ['1.0', 'Vervallen'],
    ])
    // Only a concept: that is what there is to show.
    expect(other.current.version).toBe('0.9')
    expect(other.older).toEqual([])
  })
})
