import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  bodyEncoder,
  ENCODE_ABOVE_CHARS,
  encodeLargeStringBodies,
  type ResponsePrototype,
} from '../../../src/api/encodeLargeBodies'

/** A prototype whose own `end` records what it was handed, so the test sees what Node would get. */
function recordingPrototype() {
  const calls: unknown[][] = []
  const proto = {
    end(...args: unknown[]) {
      calls.push(args)
      return this
    },
  } as unknown as ResponsePrototype
  encodeLargeStringBodies(proto)
  const send = (...args: unknown[]) => proto.end.apply({} as http.ServerResponse, args)
  return { calls, send, proto }
}

// A page-sized body with characters of two, three and four bytes in UTF-8.
const page = ('<p>Regio’s · één → 🧭 ' + 'x'.repeat(80) + '</p>').repeat(1_000)

describe('long string bodies go to Node as bytes (src/api/encodeLargeBodies.ts)', () => {
  it('encodes a string longer than the threshold into the same UTF-8 bytes', () => {
    const { calls, send } = recordingPrototype()
    send(page)
    const [chunk] = calls[0]!
    expect(Buffer.isBuffer(chunk)).toBe(true)
    expect((chunk as Buffer).equals(Buffer.from(page, 'utf8'))).toBe(true)
  })

  it('leaves short strings, Buffers and an empty end alone', () => {
    const { calls, send } = recordingPrototype()
    const short = 'é'.repeat(ENCODE_ABOVE_CHARS)
    const bytes = Buffer.from(page)
    send(short)
    send(bytes)
    send()
    expect(calls[0]![0]).toBe(short)
    expect(calls[1]![0]).toBe(bytes)
    expect(calls[2]).toEqual([])
  })

  it('keeps the encoding and the callback it was given', () => {
    const { calls, send } = recordingPrototype()
    const done = () => {}
    const latin = 'é'.repeat(ENCODE_ABOVE_CHARS + 1)
    send(latin, 'latin1', done)
    send(page, done)
    expect((calls[0]![0] as Buffer).length).toBe(latin.length)
    expect(calls[0]!.slice(1)).toEqual(['latin1', done])
    expect((calls[1]![0] as Buffer).equals(Buffer.from(page))).toBe(true)
    expect(calls[1]![1]).toBe(done)
  })

  it('leaves a string with an unknown encoding for Node to refuse', () => {
    const { calls, send } = recordingPrototype()
    send(page, 'klingon')
    expect(calls[0]![0]).toBe(page)
  })

  it('patches a prototype once, however often start-up calls it', () => {
    const { proto } = recordingPrototype()
    const patched = proto.end
    encodeLargeStringBodies(proto)
    expect(proto.end).toBe(patched)
  })
})

describe('a real response over loopback', () => {
  let server: http.Server
  let base: string

  beforeAll(async () => {
    encodeLargeStringBodies()
    server = http.createServer((_req, res) => {
      // As Next sends a cached page: Content-Length from the string, then the string itself.
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.setHeader('Content-Length', Buffer.byteLength(page))
      res.end(page)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('arrives byte for byte, with the length it announced', async () => {
    const response = await fetch(base)
    const body = Buffer.from(await response.arrayBuffer())
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(page)))
    expect(body.equals(Buffer.from(page, 'utf8'))).toBe(true)
  })
})

describe('the kept encodings (bodyEncoder)', () => {
  it('gives the same bytes for the same text without encoding it again', () => {
    const encode = bodyEncoder()
    const first = encode(page)
    // Another string object with the same text, as after a page was stored again unchanged.
    const again = encode(page.slice(0, 10) + page.slice(10))
    expect(again).toBe(first)
    expect(first.equals(Buffer.from(page))).toBe(true)
  })

  it('encodes changed text anew', () => {
    const encode = bodyEncoder()
    const before = encode(page)
    const edited = page.replace('Regio’s', 'Regio’S')
    const after = encode(edited)
    expect(after).not.toBe(before)
    expect(after.equals(Buffer.from(edited))).toBe(true)
  })

  it('lets the oldest encodings go once it keeps more than its budget', () => {
    const size = Buffer.byteLength(page)
    const encode = bodyEncoder(2 * size)
    const pages = ['a', 'b', 'c'].map((mark) => mark + page.slice(1))
    const [a, b, c] = pages.map((text) => encode(text))
    expect(encode(pages[2]!)).toBe(c)
    expect(encode(pages[1]!)).toBe(b)
    // The first was let go when the third came: encoding it again gives a new Buffer.
    const aAgain = encode(pages[0]!)
    expect(aAgain).not.toBe(a)
    expect(aAgain.equals(a!)).toBe(true)
  })

  it('sends a text larger than the whole budget without letting the kept ones go for it', () => {
    const encode = bodyEncoder(Buffer.byteLength(page) + 10)
    const kept = encode(page)
    const huge = page + page
    expect(encode(huge)).not.toBe(encode(huge))
    expect(encode(page)).toBe(kept)
  })
})
