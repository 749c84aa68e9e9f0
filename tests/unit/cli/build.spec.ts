import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { buildStatus, FINGERPRINT_FILE, sourceFingerprint } from '../../../src/cli/build.mjs'

/** A miniature project with the same top-level layout as the portal. */
function writeProject(root: string) {
  const files: Record<string, string> = {
    'package-lock.json': '{}',
    'next.config.mjs': 'export default {}',
    'payload.config.ts': 'export default {}',
    'tsconfig.json': '{}',
    'instrumentation.ts': 'export async function register() {}',
    'app/(frontend)/page.tsx': 'export default () => null',
    'src/lib/a.ts': 'export const a = 1',
    'collections/Pages/index.ts': 'export const Pages = {}',
    'seed/index.ts': 'export const seed = 1',
    'README.md': '# readme',
    'tests/unit/x.spec.ts': 'test',
    'data/portal.db': 'db',
  }
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    fs.writeFileSync(path.join(root, file), content)
  }
}

function markBuilt(root: string) {
  fs.mkdirSync(path.join(root, '.next'), { recursive: true })
  fs.writeFileSync(path.join(root, '.next', 'BUILD_ID'), 'test')
  fs.writeFileSync(path.join(root, FINGERPRINT_FILE), `${sourceFingerprint(root)}\n`)
}

describe('build fingerprint', () => {
  let root: string
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-fingerprint-'))
    writeProject(root)
  })
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

  it('is stable while nothing changes, whatever the modification times', () => {
    const before = sourceFingerprint(root)
    const later = new Date(Date.now() + 60_000)
    fs.utimesSync(path.join(root, 'src/lib/a.ts'), later, later)
    expect(sourceFingerprint(root)).toBe(before)
  })

  it('changes with the content, a new file or a renamed file under a build input', () => {
    const seen = new Set([sourceFingerprint(root)])
    fs.writeFileSync(path.join(root, 'src/lib/a.ts'), 'export const a = 2')
    seen.add(sourceFingerprint(root))
    fs.writeFileSync(path.join(root, 'collections/Pages/hooks.ts'), 'export {}')
    seen.add(sourceFingerprint(root))
    fs.renameSync(path.join(root, 'seed/index.ts'), path.join(root, 'seed/main.ts'))
    seen.add(sourceFingerprint(root))
    fs.writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion":3}')
    seen.add(sourceFingerprint(root))
    fs.writeFileSync(path.join(root, 'instrumentation.ts'), 'export async function register() { await 0 }')
    seen.add(sourceFingerprint(root))
    // A root file that did not exist yet, such as proxy.ts.
    fs.writeFileSync(path.join(root, 'proxy.ts'), 'export function proxy() {}')
    seen.add(sourceFingerprint(root))
    expect(seen.size).toBe(7)
  })

  it('ignores what is not built: tests, docs, data and node_modules', () => {
    const before = sourceFingerprint(root)
    fs.writeFileSync(path.join(root, 'README.md'), '# changed')
    fs.writeFileSync(path.join(root, 'tests/unit/x.spec.ts'), 'changed')
    fs.writeFileSync(path.join(root, 'data/portal.db'), 'more rows')
    fs.mkdirSync(path.join(root, 'src/node_modules'), { recursive: true })
    fs.writeFileSync(path.join(root, 'src/node_modules/x.js'), '1')
    expect(sourceFingerprint(root)).toBe(before)
  })

  it('asks for a build without a build, after a change, and not otherwise', () => {
    expect(buildStatus(root)).toMatchObject({ needed: true, reason: 'there is no production build yet' })
    markBuilt(root)
    expect(buildStatus(root)).toEqual({ needed: false, reason: 'the build is up to date' })
    fs.writeFileSync(path.join(root, 'app/(frontend)/page.tsx'), 'export default () => "x"')
    expect(buildStatus(root)).toMatchObject({ needed: true, reason: 'the sources changed since the last build' })
    fs.rmSync(path.join(root, FINGERPRINT_FILE))
    expect(buildStatus(root).needed).toBe(true)
  })
})
