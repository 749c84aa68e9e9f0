import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'

import { buildExamplePdf } from '../../../src/documents/build-example-pdf'
import { UPLOAD_MESSAGES } from '../../../src/uploads/safeUpload'
import { testDatabases } from '../../helpers/databases'
import { usePayload } from '../../helpers/usePayload'

/**
 * The media collection judges a file by its bytes: a disguised file (script called .png, SVG,
 * HTML called .pdf, PDF called .png) is refused with a Dutch message; an image is stored as sharp
 * encoded it again, without its metadata.
 */
const sqlite = (await testDatabases()).find((db) => db.kind === 'sqlite')!
const file = (data: Buffer, name: string, mimetype: string) => ({ data, name, mimetype, size: data.length })

const portal = usePayload(sqlite)
const made: number[] = []

afterAll(async () => {
  for (const id of made) await portal.payload.delete({ collection: 'media', id }).catch(() => undefined)
})

const upload = async (data: Buffer, name: string, mimetype: string) => {
  try {
    const doc = await portal.payload.create({ collection: 'media', data: { alt: name }, file: file(data, name, mimetype) })
    made.push(doc.id as number)
    return { ok: true as const, doc }
  } catch (error) {
    return { ok: false as const, status: (error as { status?: number }).status, message: (error as Error).message }
  }
}

describe('disguised uploads are refused', () => {
  it.each([
    ['script called .png', Buffer.from('<script>alert(1)</script>'), 'plaatje.png', 'image/png', UPLOAD_MESSAGES.unknown],
    [
      'SVG with script',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'logo.svg',
      'image/svg+xml',
      UPLOAD_MESSAGES.svg,
    ],
    ['SVG called .png', Buffer.from('<?xml version="1.0"?><svg onload="alert(1)"></svg>'), 'logo.png', 'image/png', UPLOAD_MESSAGES.svg],
    ['HTML called .pdf', Buffer.from('<!doctype html><h1>x</h1>'), 'stuk.pdf', 'application/pdf', UPLOAD_MESSAGES.unknown],
    ['empty file', Buffer.alloc(0), 'leeg.png', 'image/png', UPLOAD_MESSAGES.empty],
  ])('%s', async (_label, data, name, mimetype, message) => {
    const result = await upload(data, name, mimetype)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.status).toBe(400)
      expect(result.message).toBe(message)
    }
  })

  it('a real PDF called .png is refused with the right extension named', async () => {
    const result = await upload(Buffer.from(await buildExamplePdf({ title: 'Proef', paragraphs: ['Een alinea.'] })), 'stuk.png', 'image/png')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/De inhoud is een PDF.*\.pdf/)
  })
})

describe('accepted files', () => {
  it('an image is re-encoded: its EXIF metadata is gone', async () => {
    const original = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } })
      .jpeg()
      .withExif({ IFD0: { Artist: 'Geheime Fotograaf', Copyright: 'Iemand' } })
      .toBuffer()
    expect((await sharp(original).metadata()).exif).toBeDefined()
    const result = await upload(original, 'foto.jpg', 'image/jpeg')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const stored = fs.readFileSync(path.join(process.cwd(), 'data/media', result.doc.filename!))
    expect((await sharp(stored).metadata()).exif).toBeUndefined()
    expect(stored.includes(Buffer.from('Geheime Fotograaf'))).toBe(false)
    expect(result.doc.mimeType).toBe('image/jpeg')
  })
})
