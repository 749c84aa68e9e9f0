import type { AfterErrorHook } from 'payload'

import { currentRequestId } from '../lib/requestContext'

/**
 * Requests the visitor got wrong, recognised once for the whole REST API. Payload answers some of
 * them with a 500: a `where` or `data` query parameter that is no JSON (parseParams JSON.parses
 * it), a multipart body that ends early or has no boundary (busboy), a `_payload` field that is no
 * JSON, a multipart request to a collection without uploads. Each is the client's fault, so the
 * answer is a 400 with a Dutch message.
 *
 * Recognised by shape and message, never by class: error classes exist twice in the production build.
 */
export const CLIENT_FAULT_MESSAGES = {
  json: 'De gegevens in het verzoek zijn geen geldige JSON.',
  form: 'Het formulier of bestand in het verzoek is onvolledig of ongeldig.',
  upload: 'Hier kan geen bestand worden meegestuurd.',
  path: 'Dit adres is ongeldig: het bevat een verkeerd gecodeerd teken (%).',
  noSuchRoute: 'Dit adres bestaat niet in de API.',
  number: (name: string) => `De parameter "${name}" moet een heel getal zijn.`,
  duplicateRowId:
    'Een rij in de gegevens heeft een id die al bij een ander document hoort. Laat de id weg bij rijen die u kopieert.',
} as const

/**
 * SQLite's answer to a row id that exists already: a copied document that kept the ids of its
 * array or block rows. Payload's PostgreSQL adapter turns the same conflict into a 400 itself; on
 * SQLite the error arrives wrapped by drizzle ("Failed query: … caused by …") and became a 500.
 */
const DUPLICATE_ROW_ID = /UNIQUE constraint failed: [A-Za-z0-9_]+\.id\b/

const MULTIPART = /unexpected end of form|multipart|boundary|malformed part header|unexpected end of (multipart )?data|part terminated early|field name|limit reached/i

/** The Dutch answer for an error the client caused, or null when the fault is the server's. */
export function clientFaultMessage(error: unknown): string | null {
  if (!error || typeof error !== 'object') return null
  const { name, message, status } = error as { name?: unknown; message?: unknown; status?: unknown }
  if (typeof status === 'number' && status < 500) return null
  const text = typeof message === 'string' ? message : ''
  const cause = (error as { cause?: { message?: unknown } }).cause
  if (DUPLICATE_ROW_ID.test(text) || (typeof cause?.message === 'string' && DUPLICATE_ROW_ID.test(cause.message)))
    return CLIENT_FAULT_MESSAGES.duplicateRowId
  if (name === 'SyntaxError' && /JSON/i.test(text)) return CLIENT_FAULT_MESSAGES.json
  if (text === 'Invalid JSON') return CLIENT_FAULT_MESSAGES.json
  if (/not eligible for file upload/i.test(text)) return CLIENT_FAULT_MESSAGES.upload
  if (MULTIPART.test(text)) return CLIENT_FAULT_MESSAGES.form
  // URIError from decodeURIComponent on a path segment Payload decodes itself.
  if (name === 'URIError') return CLIENT_FAULT_MESSAGES.path
  return null
}

/**
 * Root afterError hook: turns a client fault's 500 into a 400 with its Dutch message; a real
 * server fault keeps its 5xx and gets the request id, so a report can be matched to the log.
 */
export const clientFaultsAfterError: AfterErrorHook = ({ error, result }) => {
  const message = clientFaultMessage(error)
  if (message) return { status: 400, response: { errors: [{ message }] } }
  const status = (error as { status?: unknown }).status
  if (typeof status === 'number' && status < 500) return undefined
  const requestId = currentRequestId()
  return requestId ? { response: { ...result, requestId } } : undefined
}
