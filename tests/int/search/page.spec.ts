import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * Renders /zoeken as Next renders it on the server: the page component against the app's own
 * Payload config on a fresh SQLite file. The config reads its database from the environment when it
 * loads, so everything is imported after the environment is set.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-page-'))
process.env.DATABASE_URI = `file:${path.join(dir, 'portal.db')}`
process.env.DATABASE_PUSH = 'true'
process.env.SEED_ON_START = 'false'

const { renderToStaticMarkup } = await import('react-dom/server')
const { getPayload } = await import('../../../src/lib/payload')
const { default: SearchPage } = await import('../../../app/(frontend)/zoeken/page')

type Params = Record<string, string | string[]>
const render = async (params: Params) => renderToStaticMarkup(await SearchPage({ searchParams: Promise.resolve(params) }))

describe('/zoeken', () => {
  beforeAll(async () => {
    const payload = await getPayload()
    const region = await payload.create({ collection: 'regions', data: { title: 'Achterhoek', municipalities: ['Winterswijk'], _status: 'published' } })
    await payload.create({
      collection: 'working-methods',
      data: { title: 'Beëindiging van een OTS', summary: 'Wat het gezin moet laten zien.', scope: 'regio', region: region.id, _status: 'published' },
    })
    await payload.create({
      collection: 'glossary-terms',
      data: { title: 'Ondertoezichtstelling', abbreviation: 'OTS', definition: 'Maatregel van de kinderrechter.', _status: 'published' },
    })
    await payload.create({ collection: 'pages', data: { title: 'Uitleg <img src=x onerror=alert(1)> over OTS', _status: 'published' } })
  })
  afterAll(async () => {
    const payload = await getPayload()
    await payload.destroy().catch(() => undefined)
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('shows results with highlighted titles, facets as links that keep the query, and a count', async () => {
    const html = await render({ q: 'ots' })
    expect(html).toContain('3 resultaten voor “ots”')
    expect(html).toContain('href="/werkwijzen/beeindiging-van-een-ots"')
    expect(html).toMatch(/<mark>OTS<\/mark>/)
    expect(html).toContain('href="/begrippen#ondertoezichtstelling"')
    // Facets: links with the state in the URL, the site's parameter names.
    expect(html).toContain('href="/zoeken?q=ots&amp;type=werkwijze"')
    expect(html).toContain('href="/zoeken?q=ots&amp;regio=achterhoek"')
    expect(html).toContain('Achterhoek <span class="facet__count">(1)</span>')
    // Works without JavaScript: a GET form that keeps the query.
    expect(html).toContain('action="/zoeken" method="get"')
    expect(html).toContain('value="ots"')
  })

  const pages: { what: string; params: Params; shows: string[]; hides?: string[] }[] = [
    {
      what: 'filters through the URL and offers to remove the filter',
      params: { q: 'ots', regio: 'achterhoek' },
      shows: ['1 resultaat voor “ots” met de gekozen filters', 'href="/zoeken?q=ots"', '<input type="hidden" name="regio" value="achterhoek"/>'],
    },
    { what: 'escapes what editors typed', params: { q: 'uitleg' }, shows: ['&lt;img src=x onerror=alert(1)&gt;'], hides: ['<img src=x'] },
    {
      what: 'says in Dutch when nothing matched, with suggestions',
      params: { q: 'xyzzyqwv' },
      shows: ['Geen resultaten voor <strong>“xyzzyqwv”</strong>', 'href="/begrippen"', 'een afkorting (bijvoorbeeld OTS of VT)', 'Zoek verder in'],
    },
    { what: 'invites a search when there is no query', params: {}, shows: ['Waar zoekt u naar?', 'href="/zoeken?q=escalatiemodel"'] },
  ]
  it.each(pages)('$what', async ({ params, shows, hides = [] }) => {
    const html = await render(params)
    for (const text of shows) expect(html).toContain(text)
    for (const text of hides) expect(html).not.toContain(text)
  })

  it('explains a bad parameter in Dutch instead of failing', async () => {
    const html = await render({ q: 'ots', pagina: '0' })
    expect(html).toContain('role="alert"')
    expect(html).toContain('De pagina moet een heel getal van 1 tot en met 100 zijn.')
    const long = await render({ q: 'a'.repeat(300) })
    expect(long).toContain('De zoekvraag is te lang')
  })
})
