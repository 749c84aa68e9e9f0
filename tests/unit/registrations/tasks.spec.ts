import { describe, expect, it } from 'vitest'

import { MAINTENANCE_QUEUE } from '../../../src/plugins/kit'
import { reminderTask, retentionTask } from '../../../src/registrations/tasks'

describe('the registrations’ scheduled tasks (src/registrations/tasks.ts)', () => {
  it('run on the maintenance queue, which the registrations plugin gives a runner', () => {
    expect(reminderTask.schedule).toEqual([{ cron: '0 5 * * * *', queue: MAINTENANCE_QUEUE }])
    expect(retentionTask.schedule).toEqual([{ cron: '0 30 3 * * *', queue: MAINTENANCE_QUEUE }])
  })

  it('retry the nightly erasure after ten minutes, the hourly reminders after one', () => {
    expect(reminderTask.retries).toEqual({ attempts: 3, backoff: { type: 'fixed', delay: 60_000 } })
    expect(retentionTask.retries).toEqual({ attempts: 3, backoff: { type: 'fixed', delay: 600_000 } })
  })
})
