import { afterEach, describe, expect, it, vi } from 'vitest'

import { portalConfig } from '../../payload.config'

const typesGenerated = async () =>
  (await portalConfig({ databaseUri: 'file:/tmp/portal-config-spec-unused.db', seedOnEmpty: false })).typescript
    .autoGenerate

describe('portalConfig', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  // Payload spawns `payload generate:types` at every start where this is on: in the tests that was
  // one extra process per boot, most of the suite's time.
  it('lets Payload regenerate the types only under next dev', async () => {
    vi.stubEnv('NODE_ENV', 'development')
    expect(await typesGenerated()).toBe(true)
    vi.stubEnv('NODE_ENV', 'test')
    expect(await typesGenerated()).toBe(false)
    vi.stubEnv('NODE_ENV', 'production')
    expect(await typesGenerated()).toBe(false)
  })
})
