import { describe, expect, it } from 'vitest'

import { atomResponse } from '../../../src/feeds/atom'

describe('a feed route reads the finder’s parameters from its address', () => {
  it('collects repeated parameters, and takes constructor or __proto__ as plain names', async () => {
    let seen: Record<string, string[]> = {}
    const response = await atomResponse(new Request('http://localhost/regios/x/feed.atom?constructor&__proto__=x&regio=a&regio=b&pagina='), async (params) => {
      seen = params
      return '<feed/>'
    })
    expect(response.status).toBe(200)
    expect(seen.regio).toEqual(['a', 'b'])
    expect(seen.constructor).toEqual([''])
    expect(seen.__proto__).toEqual(['x'])
    expect(seen.pagina).toEqual([''])
  })

  it('answers 404 for a feed that does not exist and 414 for an overlong address, in Dutch', async () => {
    expect((await atomResponse(new Request('http://localhost/f.atom'), async () => null)).status).toBe(404)
    const long = await atomResponse(new Request(`http://localhost/f.atom?q=${'x'.repeat(2100)}`), async () => '<feed/>')
    expect(long.status).toBe(414)
    expect(await long.text()).toMatch(/te lang/)
  })
})
