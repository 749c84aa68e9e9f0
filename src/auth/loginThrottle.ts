import type { RateLimiterAbstract } from 'rate-limiter-flexible'

import { count, createLimiter, secondsUntilAllowed } from '../lib/rateLimit'

export type LoginThrottleLimits = {
  /** Failed logins one address may make per window before it has to wait. */
  perAddress: number
  perAddressWindowSeconds: number
  /**
   * Failed logins from all addresses together per window. The per-account lockout (five
   * failures) lets anyone lock an account with five requests; this caps how many accounts can be
   * locked per hour from however many addresses, at the price of making everyone wait when it is hit.
   */
  overall: number
  overallWindowSeconds: number
}

export const LOGIN_THROTTLE_LIMITS: LoginThrottleLimits = {
  // A person who mistypes does so a few times; ten leaves room for a shared office address.
  perAddress: 10,
  perAddressWindowSeconds: 15 * 60,
  // The portal has a few hundred editors: sixty failures in five minutes is an attack, not a Monday.
  overall: 60,
  overallWindowSeconds: 5 * 60,
}

/** Counts failed logins per address and overall, and says how long a client must wait. */
export class LoginThrottle {
  private readonly byAddress: RateLimiterAbstract
  private readonly overall: RateLimiterAbstract

  constructor(readonly limits: LoginThrottleLimits = LOGIN_THROTTLE_LIMITS) {
    this.byAddress = createLimiter({
      keyPrefix: 'login-fail-address',
      points: limits.perAddress,
      durationSeconds: limits.perAddressWindowSeconds,
    })
    this.overall = createLimiter({
      keyPrefix: 'login-fail-all',
      points: limits.overall,
      durationSeconds: limits.overallWindowSeconds,
    })
  }

  /** Seconds this address has to wait before it may try again; 0 when it may try now. */
  async waitSeconds(address: string): Promise<number> {
    const [own, all] = await Promise.all([
      secondsUntilAllowed(this.byAddress, address, this.limits.perAddress),
      secondsUntilAllowed(this.overall, 'all', this.limits.overall),
    ])
    return Math.max(own, all)
  }

  async failed(address: string): Promise<void> {
    await Promise.all([count(this.byAddress, address), count(this.overall, 'all')])
  }

  /** A successful login clears that address's failures (the overall count keeps running). */
  async succeeded(address: string): Promise<void> {
    await this.byAddress.delete(address).catch(() => undefined)
  }
}
