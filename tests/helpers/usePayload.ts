import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import type { MailSettings } from '../../src/mail/createEmailAdapter'
import { bootPortal, shutdown, TEST_OUTBOX } from './bootPayload'
import type { CreateOptions, TestDatabase } from './databases'

/** The Payload a describe block runs against, booted by the block's beforeAll (usePayload). */
export type PayloadUnderTest = {
  /** The booted Payload; reading it before the block's beforeAll has booted it throws. */
  readonly payload: Payload
  /** Its database. */
  readonly uri: string
  /** Its Payload cache key: the uri, unless it is a second instance on another's database. */
  readonly key: string
}

export type UsePayloadOptions = CreateOptions & {
  /** Where its mail goes, asked for when it boots (an earlier beforeAll may start a mail server). */
  mail?: () => MailSettings
  /**
   * Another app server of the same deployment: a second Payload instance (its own cache key and
   * connection pool) on that one's database, which stays the other's to remove.
   */
  sameDatabaseAs?: PayloadUnderTest
}

/** Numbers the extra instances on one database: each needs its own Payload cache key. */
let instances = 0

/**
 * Boots the real portal config on a fresh database of `database`'s kind (with the committed
 * migrations, as production has them) for the enclosing describe block, and destroys it and
 * removes the database after the block. Its mail goes to the test outbox unless `mail` says
 * otherwise. Call it inside `describe` (or at the top of a file): a beforeAll the test registers
 * after it finds Payload up, an afterAll registered after it runs before the shutdown.
 */
export function usePayload(database: TestDatabase, { mail = () => TEST_OUTBOX, sameDatabaseAs, ...create }: UsePayloadOptions = {}): PayloadUnderTest {
  let booted: PayloadUnderTest | undefined
  let drop: (() => Promise<void>) | undefined
  beforeAll(async () => {
    let uri: string
    if (sameDatabaseAs) uri = sameDatabaseAs.uri
    else ({ uri, drop } = await database.create(create))
    const { payload, key } = await bootPortal(database.kind, uri, mail(), sameDatabaseAs ? `${uri}#${++instances}` : uri)
    booted = { payload, uri, key }
  })
  afterAll(async () => {
    if (booted) await shutdown(booted.payload)
    await drop?.()
  })
  const up = (): PayloadUnderTest => {
    if (booted) return booted
    throw new Error(
      `usePayload(${database.kind}): Payload is not booted yet. Read it inside a test, or in a beforeAll registered after usePayload(); did its boot fail?`,
    )
  }
  return {
    get payload() {
      return up().payload
    },
    get uri() {
      return up().uri
    },
    get key() {
      return up().key
    },
  }
}
