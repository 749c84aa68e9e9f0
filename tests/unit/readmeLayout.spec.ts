import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

/** The block under "## Project layout" in README.md: one line per folder, name first. */
function layoutBlock(): string {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## Project layout'))
  const start = section.indexOf('```\n') + 4
  return section.slice(start, section.indexOf('```', start))
}

/** What git tracks at the top level and in src/ (so that no ignored or generated folder counts). */
function trackedFolders(): string[] {
  const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean)
  const folders = new Set<string>()
  for (const file of files) {
    const parts = file.split('/')
    if (parts.length > 1 && !parts[0]!.startsWith('.')) folders.add(`${parts[0]}/`)
    if (parts[0] === 'src' && parts.length > 2) folders.add(`src/${parts[1]}/`)
  }
  return [...folders].sort()
}

describe('README: the project layout', () => {
  it('names every folder of the repository and of src/ at the start of a line', () => {
    // `collections/<Name>/` names collections/, `docs/adr/` names docs/.
    const named = layoutBlock()
      .split('\n')
      .map((line) => line.split(/\s+/)[0]!)
    const missing = trackedFolders().filter((folder) => !named.some((name) => name.startsWith(folder)))
    expect(missing).toEqual([])
  })
})
