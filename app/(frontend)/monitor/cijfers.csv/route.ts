import { getViewer } from '@/lib/viewer'
import { exportMeasurementsCsv } from '@/monitor/exportMeasurementsCsv'
import type { SearchParams } from '@/monitor/filters'

/** Query strings longer than this are refused before any work (bounded anonymous requests). */
const MAX_QUERY = 2000

/** GET /monitor/cijfers.csv?regio=…&van=…&tot=…&indicator=…: the figures of a selection. */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url)
  if (url.search.length > MAX_QUERY) return text(414, 'De selectie is te lang.')
  // No prototype, so `?__proto__=…` or `?constructor=…` are plain (unknown) parameter names.
  const params = Object.create(null) as SearchParams
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key)
    params[key] = values.length > 1 ? values : values[0]
  }
  const result = await exportMeasurementsCsv(await getViewer(), params)
  if (!result.ok) return text(result.status, result.message)
  return new Response(result.body, {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${result.filename}"`,
      'Cache-Control': 'public, max-age=0, must-revalidate',
    },
  })
}

const text = (status: number, message: string) =>
  new Response(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })
