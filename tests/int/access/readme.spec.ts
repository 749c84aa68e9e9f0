import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { accessMatrixMarkdown } from '../../../src/access/matrixMarkdown'

describe('README role table', () => {
  it('is the table the access tests check', () => {
    const readme = fs.readFileSync(path.join(import.meta.dirname, '../../../README.md'), 'utf8')
    const shown = readme.match(/<!-- access-matrix:start[\s\S]*?<!-- access-matrix:end -->/)?.[0]
    expect(shown, 'README.md has no generated access table (section "Roles and access")').toBeDefined()
    expect(shown).toBe(accessMatrixMarkdown())
  })
})
