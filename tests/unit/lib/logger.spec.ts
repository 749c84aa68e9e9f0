import { Writable } from 'node:stream'

import { pino } from 'pino'
import { describe, expect, it } from 'vitest'

import { portalLoggerOptions } from '../../../src/lib/logger'
import { runWithRequestId } from '../../../src/lib/requestContext'

/** The portal's pino options writing JSON lines into an array, as production writes them to stdout. */
function capture() {
  const lines: Record<string, unknown>[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line))
      done()
    },
  })
  return { logger: pino(portalLoggerOptions('info'), stream), lines }
}

describe('portal logs', () => {
  it('are JSON with the request id on every line of a request', () => {
    const { logger, lines } = capture()
    runWithRequestId(new Headers({ 'x-request-id': 'abcdef12-3456' }), () => {
      logger.info('eerste')
      logger.warn({ op: 'x' }, 'tweede')
    })
    logger.info('buiten een verzoek')
    expect(lines.map((line) => line.requestId)).toEqual(['abcdef12-3456', 'abcdef12-3456', undefined])
    // A forged id (not plain, or too long) is replaced by a fresh one.
    runWithRequestId(new Headers({ 'x-request-id': 'x {"level":60}' }), () => logger.info('vals'))
    expect(String(lines[3].requestId)).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('redact e-mail addresses, names, tokens, passwords and cookies', () => {
    const { logger, lines } = capture()
    logger.info(
      {
        email: 'jan@example.org',
        user: { firstName: 'Jan', lastName: 'Jansen', password: 'geheim', resetPasswordToken: 'tok' },
        headers: { cookie: 'payload-token=abc', authorization: 'Bearer abc' },
        note: 'mail naar piet@example.org gestuurd',
      },
      'bericht aan klaas@example.org',
    )
    const text = JSON.stringify(lines[0])
    for (const secret of ['jan@example.org', 'Jansen', 'geheim', '"tok"', 'payload-token=abc', 'Bearer', 'piet@example.org', 'klaas@example.org'])
      expect(text).not.toContain(secret)
    expect(text).toContain('[e-mail]')
  })

  it('log refused requests at warn, real faults at error', () => {
    const { logger, lines } = capture()
    logger.error({ err: Object.assign(new Error('U mag deze actie niet uitvoeren.'), { name: 'Forbidden', status: 403 }) })
    logger.error({ err: Object.assign(new SyntaxError('Unexpected token a in JSON'), {}) })
    logger.error({ err: new Error('database is weg') })
    expect(lines.map((line) => line.level)).toEqual([40, 40, 50])
    // The error of a user with an address in its message is scrubbed too.
    logger.error({ err: new Error('kon jan@example.org niet mailen') })
    expect(JSON.stringify(lines[3])).not.toContain('jan@example.org')
  })
})
