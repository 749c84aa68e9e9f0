import { afterAll, beforeAll } from 'vitest'

import type { MailSettings } from '../../src/mail/createEmailAdapter'
import type { TestDatabase } from './databases'
import { freePort } from './localServers'
import {
  bootPortal,
  type HttpServer,
  type MailServer,
  type Portal,
  shutdown,
  type SmtpOptions,
  smtpSettings,
  startHttp,
  startSmtp,
} from './portal'

/** The portal a describe block runs against, filled in by the block's beforeAll. */
export type PortalUnderTest = Portal & {
  /** Its own fresh database. */
  uri: string
  /** Its REST API over real HTTP (startHttp). */
  http: HttpServer
  /**
   * The port its SMTP mail goes to; without `smtp` nothing listens there (the mail server is down)
   * until a test starts a server on it. 0 when `mail` sends it elsewhere.
   */
  smtpPort: number
}

/** Numbers the extra instances on one database: each needs its own Payload cache key. */
let instances = 0

type Options = {
  /** Mail goes to a loopback SMTP server started for the block (startSmtp). */
  smtp?: boolean | SmtpOptions
  /** Mail goes where these settings say. */
  mail?: MailSettings
  /**
   * Another app server of the same deployment: a second Payload instance (its own cache key and
   * connection pool) on that portal's database, with that portal's mail settings. The database
   * stays the other portal's to remove.
   */
  sameDatabaseAs?: PortalUnderTest
}

/**
 * Boots the real portal on a fresh database of `database`'s kind for the enclosing describe block,
 * with its REST API on real HTTP, and takes it all down after the block. Without `smtp`, `mail` or
 * `sameDatabaseAs` its mail goes to a port nothing listens on. Call it inside `describe`: a test's
 * own beforeAll, registered after it, finds the portal up.
 */
export function usePortal(database: TestDatabase, options: Options & { smtp: true | SmtpOptions }): PortalUnderTest & { smtp: MailServer }
export function usePortal(database: TestDatabase, options?: Options & { smtp?: false }): PortalUnderTest
export function usePortal(database: TestDatabase, { smtp = false, mail, sameDatabaseAs }: Options = {}): PortalUnderTest & { smtp?: MailServer } {
  // Empty until beforeAll runs, as the `let`s of a describe block are.
  const portal = {} as PortalUnderTest & { smtp?: MailServer }
  let drop: (() => Promise<void>) | undefined
  beforeAll(async () => {
    if (smtp) portal.smtp = await startSmtp(0, smtp === true ? {} : smtp)
    portal.smtpPort = mail ? 0 : (portal.smtp?.port ?? sameDatabaseAs?.smtpPort ?? (await freePort()))
    if (sameDatabaseAs) portal.uri = sameDatabaseAs.uri
    else ({ uri: portal.uri, drop } = await database.create())
    const key = sameDatabaseAs ? `${portal.uri}#${++instances}` : portal.uri
    Object.assign(portal, await bootPortal(database.kind, portal.uri, mail ?? smtpSettings(portal.smtpPort), key))
    portal.http = await startHttp(portal)
  })
  afterAll(async () => {
    await portal.http?.close()
    if (portal.payload) await shutdown(portal.payload)
    await portal.smtp?.close()
    await drop?.()
  })
  return portal
}
