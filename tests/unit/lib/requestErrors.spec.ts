import { Writable } from 'node:stream'

import pino from 'pino'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import ErrorPage from '../../../app/(frontend)/error'
import { portalLoggerOptions } from '../../../src/lib/logger'
import { requestErrorLogLine } from '../../../src/lib/requestErrors'

const failure = Object.assign(new Error('kapot bij jan@example.org'), { digest: '2718281828' })
const request = { path: '/scholing/annuleren?token=geheim123', method: 'GET', headers: { 'x-request-id': 'req-abcdef123' } }
const route = { routePath: '/scholing/annuleren', routeType: 'render' }

describe('a page that fails on the server (onRequestError)', () => {
  it('logs one line joining the error page’s code to the request id, without the query or personal data', () => {
    const lines: string[] = []
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk))
        done()
      },
    })
    pino(portalLoggerOptions(), sink).error(requestErrorLogLine(failure, request, route), 'request failed')
    expect(lines).toHaveLength(1)
    const line = JSON.parse(lines[0]!)
    expect(line).toMatchObject({ requestId: 'req-abcdef123', digest: '2718281828', path: '/scholing/annuleren', routePath: '/scholing/annuleren', level: 50 })
    expect(lines[0]).not.toContain('geheim123')
    expect(lines[0]).not.toContain('jan@example.org')
  })

  it('ignores a request id that could forge a log line', () => {
    const forged = requestErrorLogLine(failure, { ...request, headers: { 'x-request-id': 'x\n{"level":60}' } }, route)
    expect(forged.requestId).toBeUndefined()
  })

  it('shows the visitor the code to quote, in Dutch', () => {
    const html = renderToStaticMarkup(createElement(ErrorPage, { error: failure, reset: () => {} }))
    expect(html).toContain('<code>2718281828</code>')
    expect(html).toContain('foutcode')
    expect(html).not.toContain('kapot')
  })
})
