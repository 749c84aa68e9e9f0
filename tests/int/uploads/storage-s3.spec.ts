import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildExamplePdf } from '../../../src/documents/build-example-pdf'
import { testDatabases } from '../../helpers/databases'
import { usePortal } from '../../helpers/usePortal'

/**
 * Media and documents in an S3-compatible bucket (s3rver on loopback) when S3_* is set: two
 * instances on one PostgreSQL database, an upload made on one is served by the other from the
 * bucket, and a draft document's file stays as closed as the draft.
 */
const postgres = (await testDatabases()).find((d) => d.kind === 'postgres')!
if (postgres.skipReason) console.warn(`[storage-s3] postgres overgeslagen: ${postgres.skipReason}`)

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)
const BUCKET = 'portal-files'
const S3_VARIABLES = ['S3_BUCKET', 'S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE']

describe.runIf(!postgres.skipReason)('uploads in an S3-compatible bucket', () => {
  let s3: S3rver
  let dir: string

  // Registered before the portals' hooks: the bucket is up and S3_* set when they boot, and both
  // are shut down before the bucket goes.
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-s3-'))
    s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: BUCKET, configs: [] }] })
    const { port } = await s3.run()
    Object.assign(process.env, {
      S3_BUCKET: BUCKET,
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    })
  })
  afterAll(async () => {
    for (const variable of S3_VARIABLES) delete process.env[variable]
    await s3?.close().catch(() => undefined)
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })
  const first = usePortal(postgres)
  const second = usePortal(postgres, { sameDatabaseAs: first })

  const inBucket = () => fs.readdirSync(dir, { recursive: true }).map(String)

  it('stores an upload made on one instance in the bucket, and the other serves it', async () => {
    const doc = await first.payload.create({
      collection: 'media',
      data: { alt: 'Een enkel punt' },
      file: { data: PNG, name: 'punt.png', mimetype: 'image/png', size: PNG.length },
      overrideAccess: true,
    })
    expect(inBucket().some((file) => file.includes(doc.filename!))).toBe(true)
    expect(fs.existsSync(path.resolve('data/media', doc.filename!))).toBe(false)
    const [fromFirst, fromSecond] = await Promise.all([first.http, second.http].map((server) => fetch(`${server.url}/api/media/file/${doc.filename}`)))
    expect([fromFirst.status, fromSecond.status]).toEqual([200, 200])
    const bytes = Buffer.from(await fromSecond.arrayBuffer())
    expect(bytes.subarray(1, 4).toString()).toBe('PNG')
    expect(bytes.equals(Buffer.from(await fromFirst.arrayBuffer()))).toBe(true)
  })

  it('serves a draft document’s file to no visitor, and the published one to everyone', async () => {
    const pdf = await buildExamplePdf({ title: 'Werkafspraak', paragraphs: ['Een korte afspraak.'] })
    const draft = await first.payload.create({
      collection: 'documents',
      data: { title: 'Werkafspraak concept', version: '1.0', documentStatus: 'concept', _status: 'draft' },
      file: { data: pdf, name: 'werkafspraak.pdf', mimetype: 'application/pdf', size: pdf.length },
      draft: true,
      overrideAccess: true,
    })
    expect(inBucket().some((file) => file.includes(draft.filename!))).toBe(true)
    const anonymous = await fetch(`${second.http.url}/api/documents/file/${draft.filename}`)
    expect(anonymous.status).toBeGreaterThanOrEqual(400)
    expect(anonymous.status).toBeLessThan(500)
    expect(Buffer.from(await anonymous.arrayBuffer()).subarray(0, 4).toString()).not.toBe('%PDF')

    await second.payload.update({ collection: 'documents', id: draft.id, data: { _status: 'published' }, overrideAccess: true })
    const published = await fetch(`${first.http.url}/api/documents/file/${draft.filename}`)
    expect(published.status).toBe(200)
    expect(Buffer.from(await published.arrayBuffer()).subarray(0, 4).toString()).toBe('%PDF')
  })
})
