import type { Endpoint } from 'payload'

import { importMeasurements } from '../../../src/monitor/importMeasurements'
import { MAX_CSV_BYTES } from '../../../src/monitor/parseMeasurementsCsv'
import { NO_STORE, readBodyText } from '../../../src/registrations/http'

/**
 * POST /api/measurements/import with the CSV as the body (text/csv): the admin's import form
 * sends the chosen file here. 200 with what was created and updated, 422 with the line of every
 * bad row (and nothing written), 4xx with a Dutch message for the rest.
 */
export const importMeasurementsEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!req.user)
      return Response.json({ message: 'Log in om cijfers te importeren.' }, { status: 401, headers: NO_STORE })
    const type = (req.headers.get('content-type') ?? '').trim()
    if (!/^(text\/(csv|plain)|application\/(vnd\.ms-excel|octet-stream))\b/i.test(type)) {
      return Response.json({ message: 'Stuur het bestand als CSV (text/csv).' }, { status: 415, headers: NO_STORE })
    }
    let csv: string
    try {
      // Payload's PayloadRequest types the web Request's members as optional; at run time it is the Request.
      csv = await readBodyText(req as unknown as Request, MAX_CSV_BYTES)
    } catch (error) {
      if ((error as { code?: unknown }).code === 'too-large') {
        return Response.json(
          { message: `Het bestand is groter dan ${MAX_CSV_BYTES / 1024} kB. Splits het op.` },
          { status: 413, headers: NO_STORE },
        )
      }
      throw error
    }
    try {
      const report = await importMeasurements(req, csv)
      return Response.json(report, { status: report.ok ? 200 : 422, headers: NO_STORE })
    } catch (error) {
      if ((error as { code?: unknown }).code === 'import-forbidden') {
        return Response.json({ message: (error as Error).message }, { status: 403, headers: NO_STORE })
      }
      throw error
    }
  },
}
