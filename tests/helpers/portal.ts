import http from 'node:http'
import net from 'node:net'

import { type ParsedMail, simpleParser } from 'mailparser'
import { getPayload, handleEndpoints, type Payload } from 'payload'
import { SMTPServer } from 'smtp-server'

import { portalConfig } from '../../payload.config'
import type { MailSettings } from '../../src/mail/createEmailAdapter'
import { migrateTestDatabase } from '../helpers/bootPayload'
import type { TestDatabase } from '../helpers/databases'

// Tests run the queues themselves; the autorun crons would race them.
process.env.JOBS_AUTORUN = 'false'
// Drizzle pushes a schema only once per process unless told otherwise; each test database is new.
if (process.env.DATABASE_PUSH === 'true') process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'

export type Portal = { payload: Payload; key: string }

/**
 * Boots the real portal config on `uri` under its own cache key, with the mail settings the test
 * needs (a loopback SMTP server). Two calls with the same uri and different keys give two
 * independent Payload instances on one database, as two app servers would be.
 */
export async function bootPortal(kind: TestDatabase['kind'], uri: string, mail: MailSettings, key = uri): Promise<Portal> {
  const config = portalConfig({ databaseUri: uri, secret: process.env.PAYLOAD_SECRET, seedOnEmpty: false, mail })
  const payload = await getPayload({ config, key })
  await migrateTestDatabase(payload, kind)
  return { payload, key }
}

export async function shutdown(payload: Payload): Promise<void> {
  const pool = (payload.db as { pool?: { on: (event: 'error', listener: () => void) => void } }).pool
  pool?.on('error', () => undefined)
  await payload.destroy().catch(() => undefined)
}

export const smtpSettings = (port: number): MailSettings => ({
  kind: 'smtp',
  host: '127.0.0.1',
  port,
  secure: false,
  from: { name: 'Kennisportaal Jeugdbescherming', address: 'scholing@example.org' },
})

/** A port nothing listens on (yet): the "mail server is down" state. */
export async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

export type MailServer = { port: number; messages: ParsedMail[]; close: () => Promise<void> }

/**
 * A real SMTP server on loopback (smtp-server); every message is parsed with mailparser. With
 * `refuse`, recipients it matches are refused with a 550 that names them, as real servers do.
 */
export async function startSmtp(port = 0, { refuse }: { refuse?: (address: string) => boolean } = {}): Promise<MailServer> {
  const messages: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo({ address }, _session, callback) {
      if (!refuse?.(address)) return callback()
      callback(Object.assign(new Error(`<${address}>: Recipient address rejected: User unknown`), { responseCode: 550 }))
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail)
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const address = server.server.address() as net.AddressInfo
  return { port: address.port, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

export type HttpServer = { url: string; close: () => Promise<void> }

/**
 * Real HTTP without building Next: a node:http server that turns each request into a Fetch
 * Request and hands it to Payload's own REST dispatcher, handleEndpoints — the function the
 * Next route app/(payload)/api/[...slug]/route.ts calls. Routing (custom endpoint before the
 * built-in create), PayloadRequest creation and authentication are Payload's own.
 */
export async function startHttp(portal: Portal): Promise<HttpServer> {
  const server = http.createServer(async (incoming, outgoing) => {
    try {
      const chunks: Buffer[] = []
      for await (const chunk of incoming) chunks.push(chunk as Buffer)
      const headers = new Headers()
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (Array.isArray(value)) value.forEach((v) => headers.append(name, v))
        else if (value !== undefined) headers.set(name, value)
      }
      const method = incoming.method ?? 'GET'
      const request = new Request(`http://${incoming.headers.host}${incoming.url}`, {
        method,
        headers,
        body: method === 'GET' || method === 'HEAD' ? undefined : Buffer.concat(chunks),
      })
      const response = await handleEndpoints({ config: portal.payload.config, request, payloadInstanceCacheKey: portal.key })
      outgoing.writeHead(response.status, Object.fromEntries(response.headers))
      outgoing.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      outgoing.writeHead(599)
      outgoing.end(String(error))
    }
  })
  // Many parallel requests: keep the accept backlog from being the bottleneck.
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1', backlog: 1024 }, resolve))
  const { port } = server.address() as net.AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

const DAY = 24 * 60 * 60 * 1000

export type SessionSetup = {
  capacity?: number
  startsInDays?: number
  opensInDays?: number
  closesInDays?: number
  status?: 'scheduled' | 'cancelled'
  published?: boolean
  trainers?: (number | string)[]
  skjPoints?: number
  slug?: string
  now?: Date
  /** The address or link only participants get by mail. */
  joinDetails?: string
  /** The training's provider (an organisation id): the contact in the mails. */
  provider?: number | string
}

let counter = 0

/** A published training with one session whose registration window is open now (unless told otherwise). */
export async function createSession(payload: Payload, setup: SessionSetup = {}) {
  const now = setup.now ?? new Date()
  counter += 1
  const slug = setup.slug ?? `test-training-${Date.now().toString(36)}-${counter}`
  const training = await payload.create({
    collection: 'trainings',
    overrideAccess: true,
    depth: 0,
    data: {
      title: `Testtraining ${counter}`,
      slug,
      format: 'klassikaal',
      skjPoints: setup.skjPoints ?? 4,
      trainers: setup.trainers ?? [],
      ...(setup.provider ? { provider: setup.provider } : {}),
      _status: setup.published === false ? 'draft' : 'published',
    } as never,
  })
  const startsAt = new Date(now.getTime() + (setup.startsInDays ?? 10) * DAY)
  const session = await payload.create({
    collection: 'training-sessions',
    overrideAccess: true,
    depth: 0,
    data: {
      training: training.id,
      label: `Sessie ${counter}`,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3 * 60 * 60 * 1000).toISOString(),
      mode: 'locatie',
      location: 'Arnhem, zaal 2',
      ...(setup.joinDetails ? { joinDetails: setup.joinDetails } : {}),
      capacity: setup.capacity ?? 10,
      registrationOpensAt: new Date(now.getTime() + (setup.opensInDays ?? -5) * DAY).toISOString(),
      registrationClosesAt: new Date(now.getTime() + (setup.closesInDays ?? 5) * DAY).toISOString(),
      status: setup.status ?? 'scheduled',
    },
  })
  return { training, session }
}

export const registrant = (sessionId: number | string, i: number, extra: Record<string, unknown> = {}) => ({
  session: sessionId,
  name: `Deelnemer ${i}`,
  email: `deelnemer${i}@example.org`,
  organisation: 'Voorbeeldorganisatie',
  function: 'Jeugdbeschermer',
  consent: true,
  ...extra,
})

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await response.text()
  let json: Record<string, unknown> | null = null
  try {
    json = JSON.parse(text)
  } catch {
    json = null
  }
  return { status: response.status, json, text, headers: response.headers }
}

/** Runs the mail queue until it has nothing left that is due (a bounded number of rounds). */
export async function runMailQueue(payload: Payload, rounds = 10): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    const result = await payload.jobs.run({ queue: 'mail', limit: 500, silent: true })
    if (Object.keys(result.jobStatus ?? {}).length === 0) return
  }
}

export async function statusCounts(payload: Payload, sessionId: number | string) {
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { session: { equals: sessionId } },
    pagination: false,
    limit: 0,
    depth: 0,
    overrideAccess: true,
    select: { status: true, email: true, position: true },
  })
  const count = (status: string) => docs.filter((d) => d.status === status).length
  return { total: docs.length, confirmed: count('confirmed'), waitlist: count('waitlist'), cancelled: count('cancelled'), docs }
}
