/**
 * The address a request came from, as far as the server can tell. Next.js puts the socket's
 * address in X-Forwarded-For when the header is absent; a reverse proxy appends the address it saw.
 * The last entry is therefore the one written by the nearest party we run behind. Without a proxy
 * a client can put its own header there; the overall login limit does not depend on it.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded?.split(',').pop()?.trim()
  if (last) return last.slice(0, 100)
  return headers.get('x-real-ip')?.trim().slice(0, 100) || 'onbekend'
}
