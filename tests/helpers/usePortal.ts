import { afterAll, beforeAll } from 'vitest'

import type { MailSettings } from '../../src/mail/createEmailAdapter'
import type { TestDatabase } from './databases'
import { freePort } from './localServers'
import { type HttpServer, type MailServer, type SmtpOptions, smtpSettings, startHttp, startSmtp } from './portal'
import { type PayloadUnderTest, usePayload } from './usePayload'

/** The portal a describe block runs against, filled in by the block's beforeAll. */
export type PortalUnderTest = PayloadUnderTest & {
  /** Its REST API over real HTTP (startHttp). */
  http: HttpServer
  /**
   * The port its SMTP mail goes to; without `smtp` nothing listens there (the mail server is down)
   * until a test starts a server on it. 0 when `mail` sends it elsewhere.
   */
  smtpPort: number
}

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
 * usePayload with the REST API on real HTTP and SMTP mail: boots the real portal on a fresh
 * database of `database`'s kind for the enclosing describe block and takes it all down after the
 * block. Without `smtp`, `mail` or `sameDatabaseAs` its mail goes to a port nothing listens on.
 * Call it inside `describe`: a test's own beforeAll, registered after it, finds the portal up.
 */
export function usePortal(database: TestDatabase, options: Options & { smtp: true | SmtpOptions }): PortalUnderTest & { smtp: MailServer }
export function usePortal(database: TestDatabase, options?: Options & { smtp?: false }): PortalUnderTest
export function usePortal(database: TestDatabase, { smtp = false, mail, sameDatabaseAs }: Options = {}): PortalUnderTest & { smtp?: MailServer } {
  // The mail server comes up before Payload and goes down after it (hooks run as a stack).
  let server: MailServer | undefined
  let smtpPort = 0
  beforeAll(async () => {
    if (smtp) server = await startSmtp(0, smtp === true ? {} : smtp)
    smtpPort = mail ? 0 : (server?.port ?? sameDatabaseAs?.smtpPort ?? (await freePort()))
  })
  afterAll(async () => {
    await server?.close()
  })
  const portal = usePayload(database, { mail: () => mail ?? smtpSettings(smtpPort), sameDatabaseAs }) as PortalUnderTest & { smtp?: MailServer }
  beforeAll(async () => {
    Object.assign(portal, { smtp: server, smtpPort, http: await startHttp(portal) })
  })
  afterAll(async () => {
    await portal.http?.close()
  })
  return portal
}
