import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, firstPublished, login, openSessions, type Session } from './helpers/api'

/**
 * Public pages come from Next's full-route cache (src/lib/cache.ts). What is tested here is what a
 * visitor notices: a publish, unpublish, delete and scheduled publish show on the NEXT anonymous
 * request of every page that shows the document; a draft never reaches a cached page; and the
 * answers say who may keep them (public for visitors, private for editors and personal pages).
 */
const baseUrl = inject('baseUrl')
const demoPassword = inject('demoPassword')
const databasePath = inject('databasePath')

type Vacancy = { id: number; slug: string; title: string; regions?: (number | { id: number; slug: string })[] } & Record<string, unknown>

let admin: Session
let template: Vacancy
let region: { id: number; slug: string }
/**
 * Served from the cache, no render waited for: HIT, or STALE when the page's 30-second lifetime ran
 * out during a long run (Next then sends the kept page and renders a new one behind it). A publish
 * expires a page at once, and its next request is a MISS.
 */
const FROM_CACHE = /^(HIT|STALE)$/

const created: number[] = []

beforeAll(async () => {
  admin = await login(baseUrl, 'beheer@example.org', demoPassword)
  const today = new Date().toISOString()
  const seeded = await firstPublished<Vacancy>(baseUrl, 'vacancies', `&where[closingDate][greater_than_equal]=${today}&where[regions][exists]=true`)
  const full = await api<Vacancy>(baseUrl, `/api/vacancies/${seeded.id}?depth=1`, { session: admin })
  template = full.data
  const first = (template.regions ?? [])[0]
  if (!first || typeof first !== 'object') throw new Error('the seeded vacancy has no region')
  region = { id: first.id, slug: first.slug }
})

afterAll(async () => {
  for (const id of created) await api(baseUrl, `/api/vacancies/${id}`, { session: admin, method: 'DELETE' })
})

/** A new vacancy like a seeded one, in the same region, posted now (so it is the newest on the home page). */
async function createVacancy(status: 'draft' | 'published'): Promise<Vacancy> {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`
  // Array rows (change notes) keep their ids when copied: a copy would collide with the template's.
  const { id: _id, slug: _slug, createdAt: _c, updatedAt: _u, _status: _s, changeNotes: _n, ...fields } = template
  const title = `Cachetest vacature ${stamp}`
  const body = {
    ...fields,
    organisation: typeof fields.organisation === 'object' && fields.organisation ? (fields.organisation as { id: number }).id : fields.organisation,
    regions: [region.id],
    title,
    slug: `cachetest-${stamp}`,
    postedAt: new Date().toISOString(),
    _status: status,
  }
  const response = await api<{ doc: Vacancy }>(baseUrl, `/api/vacancies${status === 'draft' ? '?draft=true' : ''}`, {
    session: admin,
    method: 'POST',
    body,
  })
  expect(response.status, JSON.stringify(response.data)).toBe(201)
  created.push(response.data.doc.id)
  return response.data.doc
}

const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#x27;').replace(/"/g, '&quot;')

/** Every page that shows a vacancy, as an anonymous visitor gets it on the next request. */
async function whereVisible(vacancy: { slug: string; title: string }) {
  const text = async (path: string) => {
    const response = await fetch(`${baseUrl}${path}`)
    return { status: response.status, body: await response.text() }
  }
  const [detail, home, regionPage, list, sitemap, feed] = await Promise.all([
    text(`/vacatures/${vacancy.slug}`),
    text('/'),
    text(`/regios/${region.slug}`),
    text('/vacatures'),
    text('/sitemap.xml'),
    text('/vacatures/feed.xml'),
  ])
  return {
    detail: detail.status === 200 && detail.body.includes(escaped(vacancy.title)),
    home: home.body.includes(escaped(vacancy.title)),
    region: regionPage.body.includes(escaped(vacancy.title)),
    list: list.body.includes(escaped(vacancy.title)),
    sitemap: sitemap.body.includes(`/vacatures/${vacancy.slug}`),
    feed: feed.body.includes(vacancy.title.replace(/&/g, '&amp;')),
  }
}

const everywhere = { detail: true, home: true, region: true, list: true, sitemap: true, feed: true }
const nowhere = { detail: false, home: false, region: false, list: false, sitemap: false, feed: false }

/** Asks each cached page twice, so the second answer comes from the cache (and is shown to be). */
async function warm(slug: string) {
  for (const path of ['/', `/regios/${region.slug}`, '/sitemap.xml', '/vacatures/feed.xml', `/vacatures/${slug}`]) {
    await fetch(`${baseUrl}${path}`)
    await fetch(`${baseUrl}${path}`)
  }
}

describe('cached pages follow every change on the next request', () => {
  it('serves the home page, a region page, the sitemap and the feed from the cache', async () => {
    for (const path of ['/', `/regios/${region.slug}`, '/sitemap.xml', '/vacatures/feed.xml', '/bouwstenen', '/begrippen', '/werkwijzen', '/vacatures', '/scholing', '/toekomsttuinen', '/monitor']) {
      await fetch(`${baseUrl}${path}`)
      const again = await fetch(`${baseUrl}${path}`)
      expect(again.headers.get('x-nextjs-cache'), path).toMatch(FROM_CACHE)
    }
  })

  it('renders a finder with filters per request, and the list without them from the cache', async () => {
    const views = [
      { path: '/werkwijzen', filter: 'regio=gelderland', title: 'Werkwijzen' },
      { path: '/vacatures', filter: 'q=gedragswetenschapper', title: 'Vacatures' },
      { path: '/scholing', filter: 'vorm=klassikaal', title: 'Scholing' },
      { path: '/toekomsttuinen', filter: 'status=lopend', title: 'Toekomsttuinen' },
      { path: '/monitor', filter: 'regio=achterhoek', title: 'Monitor' },
    ]
    for (const { path, filter, title } of views) {
      const all = await (await fetch(`${baseUrl}${path}`)).text()
      const filtered = await fetch(`${baseUrl}${path}?${filter}`)
      expect(filtered.status, path).toBe(200)
      expect(filtered.headers.get('cache-control'), path).toMatch(/no-store/)
      const html = await filtered.text()
      expect(html.match(/<h1[^>]*>(.*?)<\/h1>/s)?.[1] ?? '', path).toContain(title)
      expect(html, path).toMatch(/<meta name="robots" content="noindex, ?follow"/)
      // The filtered view differs from the full list (a selected facet), and the full list stays as it was.
      expect(html, path).not.toBe(all)
      expect(await (await fetch(`${baseUrl}${path}`)).text(), path).toBe(all)
    }
    expect((await fetch(`${baseUrl}/gefilterd/onbekend?x=1`)).status).toBe(404)
  })

  it('caches a monitor indicator, and renders its selection of regions and quarters per request', async () => {
    const monitor = await (await fetch(`${baseUrl}/monitor`)).text()
    const path = /href="(\/monitor\/(?!cijfers)[a-z0-9-]+)"/.exec(monitor)?.[1]
    expect(path).toBeTruthy()
    await fetch(`${baseUrl}${path}`)
    const cached = await fetch(`${baseUrl}${path}`)
    expect(cached.headers.get('x-nextjs-cache'), path).toMatch(FROM_CACHE)
    expect(cached.headers.get('cache-control'), path).toMatch(/s-maxage=30\b/)
    const all = await cached.text()
    const title = /<h1[^>]*>(.*?)<\/h1>/s.exec(all)?.[1]
    expect(title).toBeTruthy()
    // Every field of the page's own selection form goes to the per-request view (proxy.ts lists them by hand).
    const form = new RegExp(`<form[^>]*action="${path}"[^>]*>([\\s\\S]*?)</form>`).exec(all)?.[1] ?? ''
    const keys = new Set([...form.matchAll(/<(?:input|select)[^>]*\bname="([^"]+)"/g)].map((field) => field[1]))
    expect([...keys].sort()).toEqual(['regio', 'tot', 'van'])
    for (const query of ['regio=achterhoek', 'van=2025-Q1', 'tot=2025-Q2']) {
      const filtered = await fetch(`${baseUrl}${path}?${query}`)
      expect(filtered.status, query).toBe(200)
      expect(filtered.headers.get('cache-control'), query).toMatch(/no-store/)
      const html = await filtered.text()
      expect(/<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1], query).toBe(title)
      expect(html, query).toMatch(/<meta name="robots" content="noindex, ?follow"/)
      expect(html, query).not.toBe(all)
    }
    // A region the monitor does not know is named on the page, not a server error.
    const unknown = await fetch(`${baseUrl}${path}?regio=bestaat-niet`)
    expect(unknown.status).toBe(200)
    expect(await unknown.text()).toContain('Onbekende regio')
    expect(await (await fetch(`${baseUrl}${path}`)).text()).toBe(all)
  })

  it('sends every filter, sort and page parameter of every finder to the filtered view', async () => {
    // proxy.ts lists the finders' parameters by hand (Next reads its matcher at build time); a
    // parameter missing there would quietly show the cached, unfiltered list.
    for (const path of ['/werkwijzen', '/vacatures', '/scholing', '/toekomsttuinen', '/monitor']) {
      const html = await (await fetch(`${baseUrl}${path}`)).text()
      const keys = new Set<string>()
      for (const link of html.matchAll(new RegExp(`href="${path}\\?([^"#]+)"`, 'g'))) {
        for (const key of new URLSearchParams(link[1].replaceAll('&amp;', '&')).keys()) keys.add(key)
      }
      for (const form of html.matchAll(new RegExp(`<form[^>]*action="${path}"[^>]*>([\\s\\S]*?)</form>`, 'g'))) {
        for (const field of form[1].matchAll(/<(?:input|select)[^>]*\bname="([^"]+)"/g)) keys.add(field[1])
      }
      expect(keys.size, path).toBeGreaterThan(0)
      for (const key of keys) {
        const response = await fetch(`${baseUrl}${path}?${encodeURIComponent(key)}=x`)
        expect(response.headers.get('cache-control'), `${path}?${key}`).toMatch(/no-store/)
        expect(await response.text(), `${path}?${key}`).toMatch(/<meta name="robots" content="noindex, ?follow"/)
      }
    }
  })

  it('keeps a draft off every page, cached or not', async () => {
    const draft = await createVacancy('draft')
    await warm(draft.slug)
    expect(await whereVisible(draft)).toEqual(nowhere)
    // Saving the draft again (an edit that is not a publish) still shows nothing.
    const saved = await api(baseUrl, `/api/vacancies/${draft.id}?draft=true`, { session: admin, method: 'PATCH', body: { summary: 'Nog een concept.' } })
    expect(saved.status).toBe(200)
    expect(await whereVisible(draft)).toEqual(nowhere)
  })

  it('shows a publish, an edit, an unpublish and a delete on the next request of every page', async () => {
    const vacancy = await createVacancy('draft')
    await warm(vacancy.slug)
    expect(await whereVisible(vacancy)).toEqual(nowhere)

    const published = await api(baseUrl, `/api/vacancies/${vacancy.id}`, { session: admin, method: 'PATCH', body: { _status: 'published' } })
    expect(published.status, JSON.stringify(published.data)).toBe(200)
    expect(await whereVisible(vacancy)).toEqual(everywhere)

    await warm(vacancy.slug)
    const renamed = { ...vacancy, title: `${vacancy.title} (gewijzigd)` }
    const edited = await api(baseUrl, `/api/vacancies/${vacancy.id}`, { session: admin, method: 'PATCH', body: { title: renamed.title, _status: 'published' } })
    expect(edited.status, JSON.stringify(edited.data)).toBe(200)
    expect(await whereVisible(renamed)).toEqual(everywhere)

    await warm(vacancy.slug)
    const unpublished = await api(baseUrl, `/api/vacancies/${vacancy.id}`, { session: admin, method: 'PATCH', body: { _status: 'draft' } })
    expect(unpublished.status, JSON.stringify(unpublished.data)).toBe(200)
    expect(await whereVisible(renamed)).toEqual(nowhere)

    const again = await api(baseUrl, `/api/vacancies/${vacancy.id}`, { session: admin, method: 'PATCH', body: { _status: 'published' } })
    expect(again.status).toBe(200)
    await warm(vacancy.slug)
    expect(await whereVisible(renamed)).toEqual(everywhere)
    const deleted = await api(baseUrl, `/api/vacancies/${vacancy.id}`, { session: admin, method: 'DELETE' })
    expect(deleted.status, JSON.stringify(deleted.data)).toBe(200)
    expect(await whereVisible(renamed)).toEqual(nowhere)
  })

  it('shows a scheduled publish, which the job queue runs outside any request', async () => {
    const vacancy = await createVacancy('draft')
    await warm(vacancy.slug)
    expect(await whereVisible(vacancy)).toEqual(nowhere)
    const me = await api<{ user: { id: number } }>(baseUrl, '/api/users/me', { session: admin })
    // What the admin's "Publiceren op…" stores: a schedulePublish job on the default queue, due now.
    // Written into the database directly, because jobs cannot be queued over the API.
    const db = createClient({ url: `file:${databasePath}` })
    try {
      await db.execute({
        sql: 'INSERT INTO payload_jobs (input, task_slug, queue, wait_until) VALUES (?, ?, ?, ?)',
        args: [
          JSON.stringify({ type: 'publish', doc: { relationTo: 'vacancies', value: String(vacancy.id) }, user: { relationTo: 'users', value: me.data.user.id } }),
          'schedulePublish',
          'default',
          new Date(Date.now() - 1000).toISOString(),
        ],
      })
    } finally {
      db.close()
    }
    // The server's own runner takes the default queue every 15 seconds.
    await expect
      .poll(async () => (await api<{ _status: string }>(baseUrl, `/api/vacancies/${vacancy.id}?depth=0`, { session: admin })).data._status, {
        timeout: 60_000,
        interval: 1_000,
      })
      .toBe('published')
    expect(await whereVisible(vacancy)).toEqual(everywhere)
  })
})

describe('a registration changes only the pages that show places', () => {
  // Once more when it fails: the server's own queues (mail every 10 s, search every minute, a
  // scheduled publish) may empty every page in the seconds between the warm-up and the check. A
  // registration that empties them itself fails both attempts.
  it('shows it on the next request of its training page, and keeps the other pages cached', { retry: 1 }, async () => {
    const sessions = await openSessions(baseUrl)
    const session = sessions.find((s) => (s.confirmedCount ?? 0) < s.capacity - 1)
    expect(session, 'an open session with places left in the demo content').toBeTruthy()
    const training = (await (await fetch(`${baseUrl}/api/trainings/${session!.training}?depth=0`)).json()) as { slug: string }
    const path = `/scholing/${training.slug}`
    const others = ['/werkwijzen', '/bouwstenen', '/begrippen', '/toekomsttuinen']
    for (const p of [path, ...others]) {
      await fetch(`${baseUrl}${p}`)
      expect((await fetch(`${baseUrl}${p}`)).headers.get('x-nextjs-cache'), p).toMatch(FROM_CACHE)
    }
    /** Every "nog N plaatsen" on the page, added up. */
    const placesLeft = async () => {
      const html = await (await fetch(`${baseUrl}${path}`)).text()
      return [...html.matchAll(/nog (\d+) plaats/g)].reduce((sum, match) => sum + Number(match[1]), 0)
    }
    const before = await placesLeft()
    expect(before).toBeGreaterThan(0)
    const registered = await fetch(`${baseUrl}/api/registrations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        session: session!.id,
        name: 'Deelnemer Cachetest',
        email: `cachetest-${Date.now()}@example.org`,
        organisation: 'Voorbeeldorganisatie',
        function: 'Jeugdbeschermer',
        consent: true,
      }),
    })
    expect(registered.status, await registered.clone().text()).toBe(201)
    expect(await placesLeft()).toBeLessThan(before)
    // Anyone may register: that must not empty the cache of pages that show no places.
    for (const p of others) expect((await fetch(`${baseUrl}${p}`)).headers.get('x-nextjs-cache'), p).toMatch(FROM_CACHE)
  })
})

describe('who may keep an answer', () => {
  it('lets an HTTP cache keep what visitors get', async () => {
    for (const path of ['/', '/bouwstenen', '/begrippen', `/regios/${region.slug}`, '/vacatures/feed.xml', '/sitemap.xml', '/robots.txt', '/vacatures', '/scholing', '/toekomsttuinen', '/monitor']) {
      const response = await fetch(`${baseUrl}${path}`)
      const cacheControl = response.headers.get('cache-control') ?? ''
      expect(cacheControl, path).toMatch(/s-maxage=30\b/)
      expect(cacheControl, path).toMatch(/stale-while-revalidate=\d+/)
      expect(cacheControl, path).not.toMatch(/private|no-store/)
    }
  })

  it('caches a training page, and renders the outcome of a registration per request, privately', async () => {
    const list = await (await fetch(`${baseUrl}/scholing`)).text()
    const path = /href="(\/scholing\/(?!annuleren|sessies|feed)[a-z0-9-]+)"/.exec(list)?.[1]
    expect(path).toBeTruthy()
    const page = await fetch(`${baseUrl}${path}`)
    expect(page.headers.get('cache-control'), path).toMatch(/s-maxage=30\b/)
    const title = /<h1[^>]*>(.*?)<\/h1>/s.exec(await page.text())?.[1]
    expect(title).toBeTruthy()
    const outcome = await fetch(`${baseUrl}${path}?inschrijving=0123456789abcdef`)
    expect(outcome.status).toBe(200)
    expect(outcome.headers.get('cache-control')).toMatch(/private/)
    expect(outcome.headers.get('cache-control')).toMatch(/no-store/)
    const html = await outcome.text()
    expect(/<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1]).toBe(title)
    expect(html).toMatch(/<meta name="robots" content="noindex, ?follow"/)
  })

  it('caches the escalation model, and renders a step of its guide per request with the chosen region', async () => {
    const model = await fetch(`${baseUrl}/escalatiemodel`)
    expect(model.headers.get('cache-control')).toMatch(/s-maxage=30\b/)
    expect(await model.text()).toContain('Start de wegwijzer')
    const step = await fetch(`${baseUrl}/escalatiemodel?stap=veiligheid`)
    expect(step.headers.get('cache-control')).toMatch(/no-store/)
    expect(await step.text()).toContain('Is de veiligheid van een kind')
    // The region chosen on the home page picks the contacts of a step; nobody else gets that page.
    const chosen = await fetch(`${baseUrl}/escalatiemodel?uitkomst=1`, { headers: { Cookie: `portaal-regio=${region.slug}` } })
    expect(chosen.headers.get('cache-control')).toMatch(/no-store/)
    const html = await chosen.text()
    expect(html).toContain(`<option value="${region.slug}" selected="">`)
    expect(html).toMatch(/<meta name="robots" content="noindex, ?follow"/)
    expect(await (await fetch(`${baseUrl}/escalatiemodel`)).text()).not.toMatch(/<meta name="robots" content="noindex/)
  })

  it('keeps answers for a logged-in editor, a preview and personal pages private', async () => {
    const asEditor = await fetch(`${baseUrl}/`, { headers: { Cookie: `payload-token=${admin.token}` } })
    expect(asEditor.headers.get('cache-control')).toBe('private, no-store')
    const previewing = await fetch(`${baseUrl}/bouwstenen`, { headers: { Cookie: '__prerender_bypass=x' } })
    expect(previewing.headers.get('cache-control')).toMatch(/private/)
    expect(previewing.headers.get('cache-control')).toMatch(/no-store/)
    for (const path of ['/scholing/annuleren?token=abc', '/meldingen/beheren', '/meldingen/bevestigen?token=abc', '/meldingen/aanmelden']) {
      const response = await fetch(`${baseUrl}${path}`)
      expect(response.headers.get('cache-control'), path).toBe('private, no-store')
    }
  })

  it('never lets a draft into the cache through a preview', async () => {
    const draft = await createVacancy('draft')
    // An editor previewing the draft renders it for themselves only.
    // Payload takes a session cookie only from a same-origin request, as a browser marks it.
    const preview = await fetch(`${baseUrl}/preview?collection=vacancies&slug=${draft.slug}`, {
      headers: { Cookie: `payload-token=${admin.token}`, 'Sec-Fetch-Site': 'same-origin' },
      redirect: 'manual',
    })
    const cookies = preview.headers.getSetCookie().map((cookie) => cookie.split(';')[0])
    expect(cookies.some((cookie) => cookie.startsWith('__prerender_bypass='))).toBe(true)
    const cookie = [...cookies, `payload-token=${admin.token}`].join('; ')
    for (const path of [`/vacatures/${draft.slug}`, '/', `/regios/${region.slug}`]) {
      const asEditor = await fetch(`${baseUrl}${path}`, { headers: { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' } })
      expect(asEditor.headers.get('cache-control'), path).toMatch(/private/)
      if (path !== '/') expect(await asEditor.text(), path).toContain(escaped(draft.title))
    }
    expect(await whereVisible(draft)).toEqual(nowhere)
  })
})
