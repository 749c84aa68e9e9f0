import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { api, login } from './helpers/api'
import { browserSkipReason, expectNoAxeViolations, openPage, useBrowser } from './helpers/browser'

/**
 * The monitor on the production build with the seeded figures (7 KPIs × 7 regions × 8 quarters):
 * every chart has a series per region with a point per quarter, the table beside it holds the
 * same numbers, each KPI page and each region page shows them, the CSV download and the admin's
 * import work over HTTP, and axe finds nothing at 390 and 1280 px.
 */

const baseUrl = inject('baseUrl')
const demoPassword = inject('demoPassword')
const skipReason = browserSkipReason('monitor')

type Doc = { id: number; slug: string; title: string; number?: number }
const QUARTERS = 8

type ChartAndTable = {
  id: string
  role: string | null
  title: string
  desc: string
  series: Record<string, number[]>
  rows: Record<string, { value: number; text: string | undefined }[]>
}

/** Per chart on the page: the series' point values and the table rows' cell values, by region. */
async function chartsAndTables(page: Page): Promise<ChartAndTable[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('svg[data-chart]')].map((svg) => {
      const id = svg.getAttribute('data-chart') as string
      const series = Object.fromEntries(
        [...svg.querySelectorAll('g[data-series]')].map((g) => [
          g.getAttribute('data-series'),
          [...g.querySelectorAll('.kpi-chart__point')].map((p) => Number(p.getAttribute('data-value'))),
        ]),
      )
      const table = document.querySelector(`table[data-table="${id}"]`)
      const rows = Object.fromEntries(
        [...(table?.querySelectorAll('tbody tr[data-series]') ?? [])].map((tr) => [
          tr.getAttribute('data-series'),
          [...tr.querySelectorAll('td')].map((td) => ({
            value: Number(td.getAttribute('data-value')),
            text: td.textContent?.trim(),
          })),
        ]),
      )
      const labelledBy = (svg.getAttribute('aria-labelledby') ?? '').split(' ')
      return {
        id,
        role: svg.getAttribute('role'),
        title: document.getElementById(labelledBy[0])?.textContent ?? '',
        desc: document.getElementById(labelledBy[1])?.textContent ?? '',
        series,
        rows,
      }
    }),
  )
}

const dutch = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 })

function expectSameNumbers(
  chart: Awaited<ReturnType<typeof chartsAndTables>>[number],
  regionSlugs: string[],
  quarters: number,
) {
  expect(chart.role, chart.id).toBe('img')
  expect(chart.title, chart.id).not.toBe('')
  expect(chart.desc, chart.id).toMatch(/Lijngrafiek/)
  expect(Object.keys(chart.series).sort(), chart.id).toEqual([...regionSlugs].sort())
  expect(Object.keys(chart.rows).sort(), chart.id).toEqual([...regionSlugs].sort())
  for (const slug of regionSlugs) {
    expect(chart.series[slug], `${chart.id} ${slug}`).toHaveLength(quarters)
    expect(
      chart.rows[slug].map((cell) => cell.value),
      `${chart.id} ${slug}`,
    ).toEqual(chart.series[slug])
    expect(chart.rows[slug].map((cell) => cell.text)).toEqual(chart.series[slug].map((value) => dutch.format(value)))
  }
}

describe.skipIf(skipReason)('monitor', () => {
  const browser = useBrowser()
  let regions: Doc[]
  let indicators: Doc[]

  beforeAll(async () => {
    regions = (await api<{ docs: Doc[] }>(baseUrl, '/api/regions?limit=100&depth=0')).data.docs
    indicators = (await api<{ docs: Doc[] }>(baseUrl, '/api/indicators?limit=100&depth=0&sort=number')).data.docs
    expect(regions).toHaveLength(7)
    expect(indicators).toHaveLength(7)
  })

  it('/monitor: per KPI one series per region with a point per quarter, and the table holds the same numbers', async () => {
    const page = await openPage(browser, { locale: 'nl-NL' })
    const response = await page.goto(`${baseUrl}/monitor`)
    expect(response?.status()).toBe(200)
    const charts = await chartsAndTables(page)
    expect(charts).toHaveLength(indicators.length)
    for (const chart of charts)
      expectSameNumbers(
        chart,
        regions.map((r) => r.slug),
        QUARTERS,
      )
    await expect(page.getByText('Voorbeeldcijfers.').count()).resolves.toBe(1)
  })

  it('/monitor keeps a selection of regions and quarters in the URL, and refuses nonsense with a Dutch note', async () => {
    const page = await openPage(browser, { locale: 'nl-NL' })
    await page.goto(`${baseUrl}/monitor`)
    const [from, , , to] = await page.$$eval('select[name="van"] option', (options) =>
      options.map((o) => (o as HTMLOptionElement).value).filter(Boolean),
    )
    const [a, b] = regions
    await page.getByRole('checkbox', { name: a.title }).check()
    await page.getByRole('checkbox', { name: b.title }).check()
    await page.locator('select[name="van"]').selectOption(from)
    await page.locator('select[name="tot"]').selectOption(to)
    await Promise.all([page.waitForURL(/van=/), page.getByRole('button', { name: 'Toon selectie' }).click()])
    const url = new URL(page.url())
    expect(url.searchParams.getAll('regio').sort()).toEqual([a.slug, b.slug].sort())
    expect(url.searchParams.get('van')).toBe(from)
    for (const chart of await chartsAndTables(page)) expectSameNumbers(chart, [a.slug, b.slug], 4)

    await page.goto(`${baseUrl}/monitor?regio=atlantis&van=gisteren`)
    await expect(page.locator('.monitor-filters [role="alert"]').textContent()).resolves.toMatch(
      /Onbekende regio "atlantis"/,
    )
    for (const chart of await chartsAndTables(page))
      expectSameNumbers(
        chart,
        regions.map((r) => r.slug),
        QUARTERS,
      )
  })

  it('has a page per KPI with definition, calculation rule marked as example, chart, table and ranking', async () => {
    const page = await openPage(browser, { locale: 'nl-NL' })
    for (const indicator of indicators) {
      const response = await page.goto(`${baseUrl}/monitor/${indicator.slug}`)
      expect(response?.status(), indicator.slug).toBe(200)
      await expect(page.locator('h1').textContent()).resolves.toBe(indicator.title)
      await expect(page.locator('.kpi-facts').textContent()).resolves.toMatch(/Definitie.*Rekenregel\s*Voorbeeld/s)
      const charts = await chartsAndTables(page)
      expect(charts).toHaveLength(1)
      expectSameNumbers(
        charts[0],
        regions.map((r) => r.slug),
        QUARTERS,
      )
      const ranking = await page.$$eval('table.ranking tbody tr', (rows) =>
        rows.map((row) => ({
          rank: Number(row.querySelector('td')?.textContent),
          value: Number(row.querySelector('td[data-value]')?.getAttribute('data-value')),
        })),
      )
      expect(ranking).toHaveLength(regions.length)
      // The ranking is of the newest quarter: the last column of the table.
      const latest = Object.values(charts[0].series).map((values) => values[values.length - 1])
      expect(ranking.map((r) => r.value).sort()).toEqual(latest.sort())
      expect(ranking[0].rank).toBe(1)
    }
    expect((await page.goto(`${baseUrl}/monitor/bestaat-niet`))?.status()).toBe(404)
  })

  it('shows each region’s KPIs against Gelderland with a trend line on every region page', async () => {
    const page = await openPage(browser, { locale: 'nl-NL' })
    for (const region of regions) {
      await page.goto(`${baseUrl}/regios/${region.slug}`)
      const rows = await page.$$eval('table.region-kpis tbody tr', (trs) =>
        trs.map((tr) => ({
          cells: [...tr.querySelectorAll('td[data-value]')].map((td) => Number(td.getAttribute('data-value'))),
          spark: tr.querySelector('svg.sparkline')?.getAttribute('aria-label') ?? '',
          points: (tr.querySelector('svg.sparkline path:last-of-type')?.getAttribute('d')?.match(/[ML]/g) ?? []).length,
        })),
      )
      expect(rows, region.slug).toHaveLength(indicators.length)
      for (const row of rows) {
        expect(row.cells).toHaveLength(2)
        expect(row.spark).toMatch(new RegExp(`Verloop in ${region.title.replace(/[/()]/g, '.')}`))
        expect(row.points).toBe(QUARTERS)
      }
    }
  })

  it('downloads any selection as CSV, the same columns the import reads, and refuses an unknown region', async () => {
    const region = regions[0]
    const response = await fetch(`${baseUrl}/monitor/cijfers.csv?regio=${region.slug}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/csv/)
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe('indicator;regio;periode;waarde;toelichting;voorbeeld')
    expect(lines).toHaveLength(1 + indicators.length * QUARTERS)
    expect(lines.slice(1).every((line) => line.split(';')[1] === region.slug)).toBe(true)

    const one = await fetch(`${baseUrl}/monitor/cijfers.csv?indicator=${indicators[0].slug}`)
    expect((await one.text()).trim().split('\r\n')).toHaveLength(1 + regions.length * QUARTERS)

    const bad = await fetch(`${baseUrl}/monitor/cijfers.csv?regio=atlantis`)
    expect(bad.status).toBe(400)
    await expect(bad.text()).resolves.toMatch(/Onbekende regio/)
  })

  it('imports a CSV in the admin: a regional editor re-imports their own figures, and nothing at all when one row is another region’s', async () => {
    const region = regions[0]
    const other = regions[1]
    const exported = await (await fetch(`${baseUrl}/monitor/cijfers.csv?regio=${region.slug}`)).text()
    const session = await login(baseUrl, `regio-${region.slug}@example.org`, demoPassword)
    const post = (csv: string, token = session.token) =>
      fetch(`${baseUrl}/api/measurements/import`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/csv', Authorization: `JWT ${token}` },
        body: csv,
      })

    const again = await post(exported)
    expect(again.status).toBe(200)
    await expect(again.json()).resolves.toMatchObject({ ok: true, created: 0, updated: indicators.length * QUARTERS })

    const lines = exported.trim().split('\r\n')
    lines.splice(3, 0, lines[2].replace(`;${region.slug};`, `;${other.slug};`))
    const refused = await post(lines.join('\r\n'))
    expect(refused.status).toBe(422)
    const report = (await refused.json()) as { errors: { line: number; message: string }[] }
    expect(report.errors).toEqual([{ line: 4, message: expect.stringMatching(/niet uw eigen regio/) }])

    const anonymous = await fetch(`${baseUrl}/api/measurements/import`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv' },
      body: exported,
    })
    expect(anonymous.status).toBe(401)
  })

  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`has no axe violations and nothing wider than the screen on /monitor, a KPI page and a region page at ${viewport.width} px`, async () => {
      const paths = ['/monitor', `/monitor/${indicators[2].slug}`, `/regios/${regions[0].slug}`]
      const page = await openPage(browser, { locale: 'nl-NL', viewport })
      for (const path of paths) {
        await page.goto(`${baseUrl}${path}`)
        const width = await page.evaluate(() => document.documentElement.scrollWidth)
        expect(width, `${path} at ${viewport.width}px`).toBeLessThanOrEqual(viewport.width)
        try {
          await expectNoAxeViolations(page)
        } catch (error) {
          throw new Error(`${path} at ${viewport.width}px: ${(error as Error).message}`)
        }
        if (process.env.MONITOR_SCREENSHOTS) {
          await page.screenshot({
            path: `${process.env.MONITOR_SCREENSHOTS}/${path.replace(/\W+/g, '_')}-${viewport.width}.png`,
            fullPage: false,
          })
        }
      }
      // axe on the long /monitor page takes a while on a busy machine.
    }, 300_000)
  }
})
