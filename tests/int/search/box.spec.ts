// @vitest-environment happy-dom
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { act, createElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SearchBox } from '../../../src/components/search/SearchBox'
import { searchAnswer } from '../../../src/search/endpoint'
import { testDatabases } from '../../helpers/databases'
import { usePayload } from '../../helpers/usePayload'

const sqlite = (await testDatabases()).find((database) => database.kind === 'sqlite')!

// React only batches test updates inside act() when told it runs in a test environment.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('header search box', () => {
  const portal = usePayload(sqlite)
  let server: http.Server
  let root: Root
  let container: HTMLElement
  const requests: string[] = []

  beforeAll(async () => {
    for (const title of ['Overdracht na een ondertoezichtstelling', 'Overleg met de jeugdbeschermingstafel']) {
      await portal.payload.create({ collection: 'pages', data: { title, _status: 'published' } })
    }
    // The real /api/search endpoint behind a local HTTP server, as the browser would reach it.
    server = http.createServer(async (req, res) => {
      requests.push(req.url ?? '')
      const response = await searchAnswer(portal.payload, new URL(`http://localhost${req.url}`))
      res.writeHead(response.status, { 'content-type': 'application/json' })
      res.end(await response.text())
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    ;(window as unknown as { happyDOM: { setURL: (url: string) => void } }).happyDOM.setURL(`http://127.0.0.1:${port}/`)
  })
  afterAll(async () => {
    act(() => root?.unmount())
    await new Promise<void>((resolve) => server?.close(() => resolve()))
  })

  it('is a plain GET form to /zoeken before JavaScript runs', () => {
    const html = renderToStaticMarkup(createElement(SearchBox))
    expect(html).toContain('action="/zoeken"')
    expect(html).toContain('method="get"')
    expect(html).toContain('name="q"')
    expect(html).toContain('<label class="utrecht-form-label header-search__label" for="zoekterm">Zoeken in het portaal</label>')
    expect(html).not.toContain('role="combobox"')
    expect(html).not.toContain('role="listbox"')
  })

  it('becomes an ARIA combobox with suggestions from /api/search, usable with the keyboard', async () => {
    container = document.createElement('div')
    document.body.append(container)
    root = createRoot(container)
    await act(async () => root.render(createElement(SearchBox)))

    const input = container.querySelector('input')!
    const listbox = container.querySelector('[role="listbox"]')!
    expect(input.getAttribute('role')).toBe('combobox')
    expect(input.getAttribute('aria-expanded')).toBe('false')
    expect(input.getAttribute('aria-controls')).toBe(listbox.id)
    expect(input.getAttribute('aria-autocomplete')).toBe('list')

    input.focus()
    const type = async (value: string) => {
      await act(async () => {
        const setter = Object.getOwnPropertyDescriptor(window.HTMLInputElement.prototype, 'value')!.set!
        setter.call(input, value)
        input.dispatchEvent(new window.Event('input', { bubbles: true }))
      })
    }
    const key = async (name: string) => {
      await act(async () => {
        input.dispatchEvent(new window.KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }))
      })
    }
    const waitFor = async (check: () => boolean) => {
      for (let i = 0; i < 100 && !check(); i++) await act(async () => pause(50))
      expect(check()).toBe(true)
    }

    await type('ov')
    await type('ove')
    await type('over')
    // Debounced: the three keystrokes cause one request.
    await waitFor(() => input.getAttribute('aria-expanded') === 'true')
    expect(requests.filter((url) => url.startsWith('/api/search'))).toEqual(['/api/search?q=over&limit=6'])

    const options = () => [...container.querySelectorAll('[role="option"]')]
    const titles = options().map((o) => o.querySelector('.search-box__option-title')?.textContent)
    expect(titles.slice(0, 2).sort()).toEqual(['Overdracht na een ondertoezichtstelling', 'Overleg met de jeugdbeschermingstafel'])
    expect(titles[2]).toBe('Alle resultaten voor “over”')
    expect(container.querySelector('[role="status"]')?.textContent).toContain('2 suggesties')

    // Arrows move the active option; the input keeps focus and points at it.
    await key('ArrowDown')
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[0]!.id)
    expect(options()[0]!.getAttribute('aria-selected')).toBe('true')
    await key('ArrowDown')
    await key('ArrowDown')
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[2]!.id)
    await key('ArrowDown')
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[0]!.id)
    await key('ArrowUp')
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[2]!.id)

    // Escape closes the list, a second Escape clears the box.
    await key('Escape')
    expect(input.getAttribute('aria-expanded')).toBe('false')
    expect(input.hasAttribute('aria-activedescendant')).toBe(false)
    expect(input.value).toBe('over')
    await key('Escape')
    expect(input.value).toBe('')

    // Enter on an option opens that page.
    await type('overdracht')
    await waitFor(() => input.getAttribute('aria-expanded') === 'true')
    await key('ArrowDown')
    let opened = ''
    const assign = window.location.assign
    window.location.assign = ((url: string) => {
      opened = url
    }) as typeof window.location.assign
    try {
      await key('Enter')
    } finally {
      window.location.assign = assign
    }
    expect(opened).toBe('/paginas/overdracht-na-een-ondertoezichtstelling')
  })
})
