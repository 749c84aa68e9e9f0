import { describe, expect, it } from 'vitest'

import { crossSite } from '../../../src/lib/crossSite'

const post = (headers: Record<string, string>, url = 'https://portaal.example.nl/scholing/basis/inschrijven') =>
  new Request(url, { method: 'POST', headers })

describe('crossSite: a form post from another site (src/lib/crossSite.ts)', () => {
  it('lets the site’s own forms through, and clients that send no Origin', () => {
    expect(crossSite(post({ host: 'portaal.example.nl', origin: 'https://portaal.example.nl' }))).toBe(false)
    expect(crossSite(post({ host: 'portaal.example.nl', 'sec-fetch-site': 'same-origin' }))).toBe(false)
    expect(crossSite(post({ host: 'portaal.example.nl' }))).toBe(false)
    // A privacy-minded browser sends "null" for its own site's form.
    expect(crossSite(post({ host: 'portaal.example.nl', origin: 'null' }))).toBe(false)
  })

  it('refuses a post the browser marks cross-site or whose Origin names another host', () => {
    expect(crossSite(post({ host: 'portaal.example.nl', 'sec-fetch-site': 'cross-site' }))).toBe(true)
    expect(crossSite(post({ host: 'portaal.example.nl', origin: 'https://evil.example.net' }))).toBe(true)
    expect(crossSite(post({ host: 'portaal.example.nl', origin: 'niet een adres' }))).toBe(true)
  })

  it('compares with the host the visitor used behind a proxy, else the request’s own', () => {
    const behindProxy = { host: '127.0.0.1:3000', 'x-forwarded-host': 'portaal.example.nl' }
    expect(crossSite(post({ ...behindProxy, origin: 'https://portaal.example.nl' }))).toBe(false)
    expect(crossSite(post({ ...behindProxy, origin: 'http://127.0.0.1:3000' }))).toBe(true)
    expect(crossSite(post({ origin: 'https://portaal.example.nl' }))).toBe(false)
    expect(crossSite(post({ origin: 'https://evil.example.net' }))).toBe(true)
  })
})
