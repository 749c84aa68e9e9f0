import { expect, it } from 'vitest'

import { isRegistrationError } from '../../../src/registrations/errors'
import { MESSAGES } from '../../../src/registrations/messages'
import { WAITLIST_LIMIT } from '../../../src/registrations/places'
import { register } from '../../../src/registrations/register'
import { describeOnEachDatabase } from '../../helpers/describeOnEachDatabase'
import { createSession, registrant, statusCounts } from '../../helpers/registrationFixtures'
import { usePortal } from '../../helpers/usePortal'

await describeOnEachDatabase('waitlist limit', (database) => {
  const portal = usePortal(database)

  it(`keeps at most ${WAITLIST_LIMIT} waiting; one more is refused with 409 and nothing is stored`, async () => {
    const { payload } = portal
    const { session } = await createSession(payload, { capacity: 1 })
    expect((await register(payload, registrant(session.id, 0))).status).toBe('confirmed')
    // Ten at a time: quick, and still concurrent enough to count under load.
    for (let batch = 0; batch < WAITLIST_LIMIT / 10; batch++) {
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => register(payload, registrant(session.id, 1 + batch * 10 + i))),
      )
      expect(results.every((result) => result.status === 'waitlist')).toBe(true)
    }
    const before = await statusCounts(payload, session.id)
    expect(before).toMatchObject({ confirmed: 1, waitlist: WAITLIST_LIMIT })
    const jobsBefore = await payload.count({ collection: 'payload-jobs', overrideAccess: true })
    const sessionBefore = await payload.findByID({
      collection: 'training-sessions',
      id: session.id,
      depth: 0,
      overrideAccess: true,
    })

    const refused = await register(payload, registrant(session.id, 999)).catch((error: unknown) => error)
    expect(isRegistrationError(refused), String(refused)).toBe(true)
    expect(refused).toMatchObject({ code: 'waitlist-full', httpStatus: 409, message: MESSAGES.waitlistFull })

    expect((await statusCounts(payload, session.id)).total).toBe(before.total)
    expect((await payload.count({ collection: 'payload-jobs', overrideAccess: true })).totalDocs).toBe(
      jobsBefore.totalDocs,
    )
    const sessionAfter = await payload.findByID({
      collection: 'training-sessions',
      id: session.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(sessionAfter.arrivalCount).toBe(sessionBefore.arrivalCount)
  })
})
