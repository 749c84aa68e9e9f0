/** The header the proxy sets on every request (and on its response); a log line carries its value. */
export const REQUEST_ID_HEADER = 'x-request-id'

/** A request id we accept from the proxy in front of us: short and plain, so it cannot forge log lines. */
export function cleanRequestId(value: string | null | undefined): string | null {
  return value && /^[A-Za-z0-9._-]{8,64}$/.test(value) ? value : null
}
