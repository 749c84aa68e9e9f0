import type { Endpoint, Where } from 'payload'

import type { Registration, Training, TrainingSession } from '../../../payload-types'
import { REGISTRATION_STATUS } from '../../constants/taxonomy'
import { formatDateTime } from '../../lib/dates'
import { toCsv } from '../csv'
import { parseId } from '../ids'
import { NO_STORE } from '../http'

const STATUS_LABEL = Object.fromEntries(REGISTRATION_STATUS.map((s) => [s.value, s.label])) as Record<string, string>

/**
 * GET /api/registrations/export.csv[?session=…|?training=…]: the registrations the logged-in user
 * may read, as a spreadsheet. Read access does the scoping: a trainer gets the sessions of their
 * own trainings only, however the query is written.
 */
export const exportCsvEndpoint: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user) {
      return Response.json({ message: 'Log in om inschrijvingen te exporteren.' }, { status: 401, headers: NO_STORE })
    }
    const url = new URL(req.url ?? 'http://localhost')
    const session = parseId(req.payload, url.searchParams.get('session'))
    const training = parseId(req.payload, url.searchParams.get('training'))
    if ((url.searchParams.has('session') && !session) || (url.searchParams.has('training') && !training)) {
      return Response.json({ message: 'Onbekende sessie of training.' }, { status: 400, headers: NO_STORE })
    }
    const and: Where[] = []
    if (session) and.push({ session: { equals: session } })
    if (training) and.push({ training: { equals: training } })

    const { docs } = await req.payload.find({
      collection: 'registrations',
      where: and.length ? { and } : undefined,
      sort: ['training', 'session', 'position'],
      pagination: false,
      limit: 0,
      depth: 1,
      overrideAccess: false,
      user: req.user,
      req,
    })
    const rows = (docs as Registration[]).map((r) => {
      const s = typeof r.session === 'object' ? (r.session as TrainingSession) : null
      const t = typeof r.training === 'object' ? (r.training as Training | null) : null
      return [
        t?.title ?? '',
        s?.label ?? '',
        s ? formatDateTime(s.startsAt) : '',
        r.position ?? '',
        STATUS_LABEL[r.status] ?? r.status,
        r.name ?? '',
        r.email ?? '',
        r.organisation ?? '',
        r.function ?? '',
        r.skjNumber ?? '',
        t?.skjPoints ?? '',
        formatDateTime(r.createdAt),
      ]
    })
    const csv = toCsv(
      ['Training', 'Sessie', 'Begint', 'Volgnummer', 'Status', 'Naam', 'E-mail', 'Organisatie', 'Functie', 'SKJ-registratienummer', 'SKJ-punten', 'Ingeschreven op'],
      rows,
    )
    const name = session ? `sessie-${session}` : training ? `training-${training}` : 'alle'
    return new Response(csv, {
      status: 200,
      headers: {
        ...NO_STORE,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="inschrijvingen-${name}.csv"`,
      },
    })
  },
}
