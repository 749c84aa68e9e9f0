import http from 'node:http'
import net from 'node:net'

import { type ParsedMail, simpleParser } from 'mailparser'
import { handleEndpoints, type Payload } from 'payload'
import { SMTPServer } from 'smtp-server'

import type { MailSettings } from '../../src/mail/createEmailAdapter'

import type { Portal } from './bootPayload'

// Tests run the queues themselves; the autorun crons would race them.
process.env.JOBS_AUTORUN = 'false'
// Drizzle pushes a schema only once per process unless told otherwise; each test database is new.
if (process.env.DATABASE_PUSH === 'true') process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'

// Booting and shutting down live in bootPayload.ts, which sets no environment on import (usePayload's
// specs keep their own JOBS_AUTORUN); here for the specs that import them with the servers.
export { bootPortal, type Portal, shutdown } from './bootPayload'

export const smtpSettings = (port: number): MailSettings => ({
  kind: 'smtp',
  host: '127.0.0.1',
  port,
  secure: false,
  from: { name: 'Kennisportaal Jeugdbescherming', address: 'scholing@example.org' },
})

export type MailServer = { port: number; messages: ParsedMail[]; close: () => Promise<void> }

export type SmtpOptions = { refuse?: (address: string) => boolean }

/**
 * A real SMTP server on loopback (smtp-server); every message is parsed with mailparser. With
 * `refuse`, recipients it matches are refused with a 550 that names them, as real servers do.
 */
export async function startSmtp(port = 0, { refuse }: SmtpOptions = {}): Promise<MailServer> {
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
