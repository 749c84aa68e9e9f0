import http from 'node:http'

/**
 * Methods the portal never serves. Next.js turns every request into a fetch Request, and the fetch
 * standard forbids TRACE and TRACK: constructing one throws, and Next answered 500 before any of
 * our code ran. So they are refused where the request arrives, on Node's HTTP server.
 */
const REFUSED = new Set(['TRACE', 'TRACK'])
const MESSAGE = 'Deze HTTP-methode wordt niet ondersteund.'
const ALLOW = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS'

type Emit = (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean

export function refuseUnsupportedMethods(): void {
  // Patched in place (a marker keeps it to once); Node's types know neither the marker nor emit as a plain property.
  const proto = http.Server.prototype as unknown as { emit: Emit; __portalMethodGuard?: boolean }
  if (proto.__portalMethodGuard) return
  const emit = proto.emit
  proto.emit = function (this: http.Server, event, ...args) {
    if (event === 'request') {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse]
      if (REFUSED.has((req.method ?? '').toUpperCase())) {
        res.writeHead(405, {
          Allow: ALLOW,
          'Content-Type': 'application/json; charset=utf-8',
          'Cache-Control': 'no-store',
        })
        res.end(JSON.stringify({ errors: [{ message: MESSAGE }] }))
        return true
      }
    }
    return emit.call(this, event, ...args)
  }
  proto.__portalMethodGuard = true
}
