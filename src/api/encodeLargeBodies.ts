import http from 'node:http'

/**
 * Strings longer than this are encoded to bytes before Node's HTTP response writes them. Below it
 * Node writes a string as fast as a Buffer (measured on loopback: 10 kB the same, 30 kB the same).
 */
export const ENCODE_ABOVE_CHARS = 16 * 1024

/** The encoded pages kept, in bytes: some hundreds of pages, next to Next's own 50 MB page cache. */
export const KEPT_BYTES = 32 * 1024 * 1024

type End = (this: http.ServerResponse, ...args: unknown[]) => http.ServerResponse

/** The slice of http.ServerResponse.prototype this patch touches (a plain object in the unit test). */
export type ResponsePrototype = { end: End; __portalLargeBodies?: boolean }

/**
 * UTF-8 bytes of long strings, kept by their text. The same text always has the same bytes, so a
 * kept Buffer is never wrong, only possibly unused: a page that changed is a new string and gets
 * new bytes, and the oldest encodings go once more than `maxBytes` are kept. Looking up a string
 * this long costs little: V8 hashes it by its length and compares the text only on a match,
 * mostly the very string kept (Next serves a cached page as one string object until it changes).
 */
export function bodyEncoder(maxBytes = KEPT_BYTES) {
  const kept = new Map<string, Buffer>()
  let keptBytes = 0
  return (text: string): Buffer => {
    const hit = kept.get(text)
    if (hit) return hit
    const bytes = Buffer.from(text, 'utf8')
    if (bytes.length > maxBytes) return bytes
    kept.set(text, bytes)
    keptBytes += bytes.length
    // A Map iterates in insertion order: the first entries are the oldest.
    for (const [oldText, oldBytes] of kept) {
      if (keptBytes <= maxBytes) break
      kept.delete(oldText)
      keptBytes -= oldBytes.length
    }
    return bytes
  }
}

/**
 * A page from Next's full-route cache is a string, and Next sends it with `res.end(html)`. Node's
 * socket writes a UTF-8 string of more than 65,535 characters on a slow path: it first measures the
 * string's exact size, which flattens the header-plus-body string it was handed into a new copy,
 * and only then encodes it. Measured with wrk on loopback (1 thread, 20 connections), a plain Node
 * server sent an 89 kB page 1,560–2,050 times a second as a string and 5,400–5,900 times as a
 * Buffer encoded per request. In the portal the region page (89 kB) from the cache went from about
 * 790 req/s to about 1,100 encoded per request, and to about 1,600 with the encodings kept
 * (same machine, alternating runs; bench/RESULTS.md has a full run).
 *
 * So a long string body is sent as bytes: a UTF-8 one from the kept encodings, any other encoding
 * encoded on the spot. The bytes on the wire are the same (Next has already set Content-Length from
 * the same string). Only `end` is patched: Next sends cached pages with one `end`, and streamed
 * renders write Buffers.
 */
export function encodeLargeStringBodies(
  proto: ResponsePrototype = http.ServerResponse.prototype as unknown as ResponsePrototype,
  encode: (text: string) => Buffer = bodyEncoder(),
): void {
  if (proto.__portalLargeBodies) return
  const end = proto.end
  proto.end = function (this: http.ServerResponse, ...args: unknown[]) {
    const [chunk, encoding] = args
    if (typeof chunk === 'string' && chunk.length > ENCODE_ABOVE_CHARS) {
      // end(chunk, callback) and end(chunk, encoding, callback): a Buffer ignores the encoding
      // argument, so it is only read here. An unknown encoding stays a string, for Node to refuse.
      if (typeof encoding !== 'string' || /^utf-?8$/i.test(encoding)) args[0] = encode(chunk)
      else if (Buffer.isEncoding(encoding)) args[0] = Buffer.from(chunk, encoding)
    }
    return end.apply(this, args)
  }
  proto.__portalLargeBodies = true
}
