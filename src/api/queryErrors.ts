/**
 * A request the client got wrong, as Payload's REST handler answers it: `status` is what the
 * response gets and `isPublic` lets the message through (payload/dist/utilities/routeError.js).
 * A shape, not a class: class identity does not survive the production build.
 */
export function clientError(status: 400 | 404, message: string): Error {
  return Object.assign(new Error(message), { name: 'QueryError', status, isPublic: true })
}

export const QUERY_MESSAGES = {
  date: (path: string) => `Het filter op "${path}" verwacht een datum (bijvoorbeeld 2026-01-31).`,
  operator: (path: string, operator: string) => `Het filter "${operator}" werkt niet op "${path}".`,
  option: (path: string) => `Het filter op "${path}" kent deze waarde niet.`,
  unknownOperator: (operator: string) => `Onbekend filter "${operator}".`,
  shape: 'Het filter (where) is ongeldig.',
  notFound: 'Niet gevonden.',
  verifyOff: 'E-mailadressen worden op dit portaal niet via een link bevestigd.',
} as const
