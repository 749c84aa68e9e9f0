import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { portalConfig } from '../../../payload.config'
import { hooksMarkdown } from '../../../src/plugins/hooksMarkdown'

describe('README hook table', () => {
  it('lists every hook of the built config in the order it runs', async () => {
    const config = await portalConfig({ databaseUri: `file:${path.join(os.tmpdir(), 'hooks-readme-unused.db')}`, secret: 'hooks-readme', seedOnEmpty: false })
    const generated = hooksMarkdown(config)
    // The table names the hooks plugins add, not only the collection's own.
    expect(generated).toMatch(/\| `building-blocks` \|.*reviewCollectionChange.*zoekindex: bijwerken/)
    const readme = fs.readFileSync(path.join(import.meta.dirname, '../../../README.md'), 'utf8')
    const shown = readme.match(/<!-- hooks:start[\s\S]*?<!-- hooks:end -->/)?.[0]
    expect(shown, 'README.md has no generated hook table (section "Project layout"); print it with hooksMarkdown()').toBeDefined()
    expect(shown).toBe(generated)
  })
})
