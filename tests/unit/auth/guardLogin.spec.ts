import { describe, expect, it } from 'vitest'

import { FAILED_LOGIN_FLOOR_MS, RefusalTimer } from '../../../src/auth/guardLogin'

describe('RefusalTimer: the minimum time of a refused login', () => {
  it('starts at the floor and never goes below it', () => {
    const timer = new RefusalTimer()
    expect(timer.targetMs()).toBe(FAILED_LOGIN_FLOOR_MS)
    for (let i = 0; i < 20; i++) timer.record(10)
    expect(timer.targetMs()).toBe(FAILED_LOGIN_FLOOR_MS)
  })

  it('follows what nine in ten recent refusals took, so one slower path does not stand out', () => {
    const timer = new RefusalTimer(100, 10)
    // Nine quick ones and one slow one: the slow one is the 90th percentile of ten.
    for (const ms of [200, 210, 220, 230, 240, 250, 260, 270, 280, 900]) timer.record(ms)
    expect(timer.targetMs()).toBe(900)
    // The window slides: the slow one drops out after ten more.
    for (let i = 0; i < 10; i++) timer.record(300)
    expect(timer.targetMs()).toBe(300)
  })

  it('is capped, so a stalled server does not hold refusals back without end', () => {
    const timer = new RefusalTimer(100, 5)
    for (let i = 0; i < 5; i++) timer.record(60_000)
    expect(timer.targetMs()).toBe(5_000)
  })
})
