import { expect, it } from 'vitest'

import { describeOnEachDatabase } from '../../helpers/describeOnEachDatabase'
import { usePayload } from '../../helpers/usePayload'

await describeOnEachDatabase('foundation', (database) => {
  const portal = usePayload(database)

  it('creates a user and reads it back', async () => {
    const created = await portal.payload.create({
      collection: 'users',
      data: { email: 'beheer@example.org', password: 'een-lang-wachtwoord-1', role: 'admin', name: 'Beheer' },
    })
    const read = await portal.payload.findByID({ collection: 'users', id: created.id })
    expect(read.email).toBe('beheer@example.org')
    expect(read.role).toBe('admin')
    // The hash never comes back through the API.
    expect(read).not.toHaveProperty('hash')
  })

  it('answers the health check with the adapter name', async () => {
    const response = await portal.payload.count({ collection: 'users' })
    expect(response.totalDocs).toBeGreaterThanOrEqual(1)
  })
})
