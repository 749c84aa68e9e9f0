import { fileTypeFromBuffer } from 'file-type'
import sharp from 'sharp'

import { DocumentUploadError } from '../documents/errors'

/** Largest file anyone may upload, for every upload collection (also enforced while the body streams in). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024

export const UPLOAD_LIMIT_MESSAGE = `Het bestand is groter dan ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`

/** What the media collection accepts, by content: images, PDF and Word (DOCX). No SVG: it can carry script. */
export const MEDIA_TYPES = {
  'image/png': { ext: ['png'], label: 'PNG-afbeelding', image: 'png' },
  'image/jpeg': { ext: ['jpg', 'jpeg'], label: 'JPEG-afbeelding', image: 'jpeg' },
  'image/webp': { ext: ['webp'], label: 'WebP-afbeelding', image: 'webp' },
  'application/pdf': { ext: ['pdf'], label: 'PDF', image: null },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { ext: ['docx'], label: 'Word', image: null },
} as const

type MediaMime = keyof typeof MEDIA_TYPES

export const UPLOAD_MESSAGES = {
  empty: 'Het bestand is leeg of kon niet worden gelezen.',
  svg: 'SVG-bestanden worden niet aangenomen, omdat ze code kunnen bevatten. Lever een PNG, JPEG of WebP aan.',
  unknown:
    'Dit bestand is geen afbeelding (PNG, JPEG, WebP), PDF of Word-document (DOCX). De inhoud is gecontroleerd, niet alleen de naam.',
  name: (label: string, ext: string) =>
    `De inhoud is een ${label}, maar de naam eindigt niet op .${ext}. Geef het bestand de juiste extensie.`,
  image: 'De afbeelding kon niet worden gelezen. Is het bestand beschadigd?',
} as const

export type CheckedUpload = { mime: MediaMime; data: Buffer }

const looksLikeSvg = (data: Uint8Array, filename: string) =>
  /\.svgz?$/i.test(filename) || /<svg[\s>]/i.test(Buffer.from(data.subarray(0, 4096)).toString('utf8'))

/**
 * Decides on the bytes, never on the name or the declared type, and gives back what may be
 * stored: an image is decoded and encoded again with sharp, which drops its metadata (location,
 * camera, names) and anything hidden after the picture. Refusals are DocumentUploadErrors: 400
 * with the Dutch message shown as it is in the API and the admin.
 */
export async function checkMediaUpload(data: Uint8Array | undefined, filename: string): Promise<CheckedUpload> {
  if (!data || data.byteLength === 0) throw new DocumentUploadError(UPLOAD_MESSAGES.empty)
  if (data.byteLength > MAX_UPLOAD_BYTES) throw new DocumentUploadError(UPLOAD_LIMIT_MESSAGE)
  const detected = await fileTypeFromBuffer(data).catch(() => undefined)
  const mime = detected?.mime as string | undefined
  if (!mime || !(mime in MEDIA_TYPES)) {
    throw new DocumentUploadError(looksLikeSvg(data, filename) ? UPLOAD_MESSAGES.svg : UPLOAD_MESSAGES.unknown)
  }
  const type = MEDIA_TYPES[mime as MediaMime]
  const extension = filename.toLowerCase().split('.').pop() ?? ''
  if (!(type.ext as readonly string[]).includes(extension)) throw new DocumentUploadError(UPLOAD_MESSAGES.name(type.label, type.ext[0]))
  if (!type.image) return { mime: mime as MediaMime, data: Buffer.from(data) }
  try {
    // rotate(): apply the EXIF orientation before the EXIF block is dropped.
    const clean = await sharp(data, { limitInputPixels: 50_000_000 }).rotate().toFormat(type.image).toBuffer()
    return { mime: mime as MediaMime, data: clean }
  } catch {
    throw new DocumentUploadError(UPLOAD_MESSAGES.image)
  }
}
