import { deflateRawSync } from 'node:zlib'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../../payload-types'
import { buildExamplePdf } from '../../../src/documents/build-example-pdf'
import { groupDocumentVersions, versionMark, type DocumentVersion } from '../../../src/documents/group-versions'
import * as searchIndex from '../../../src/search/indexOwner'
import { runSearch } from '../../../src/search/query'
import { testDatabases } from '../../helpers/databases'
import { usePayload } from '../../helpers/usePayload'

/**
 * The documents collection on a real database, migrated as in production: uploads are judged by
 * their bytes, a real PDF's text becomes searchable, drafts stay private, and adopting a new
 * version retires the older one while keeping it reachable.
 */
const sqlite = (await testDatabases()).find((db) => db.kind === 'sqlite')!

const portal = usePayload(sqlite)
let editor: User
let professional: User
let block: { id: number }

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)

/** A ZIP with one stored entry: what any archive renamed to .docx looks like. */
function zipWith(name: string, content: string): Buffer {
  const data = deflateRawSync(Buffer.from(content))
  const header = Buffer.alloc(30)
  header.writeUInt32LE(0x04034b50, 0)
  header.writeUInt16LE(20, 4)
  header.writeUInt16LE(8, 8)
  header.writeUInt32LE(data.length, 18)
  header.writeUInt32LE(content.length, 22)
  header.writeUInt16LE(name.length, 26)
  return Buffer.concat([header, Buffer.from(name), data])
}

const file = (data: Buffer, name: string, mimetype: string) => ({ data, name, mimetype, size: data.length })
const as = (user: User | null) => ({ overrideAccess: false as const, user: user as never, depth: 0 })
const anonymous = as(null)
type Upload = ReturnType<typeof file>
const pdfFile = (data: Buffer, name: string) => file(data, name, 'application/pdf')

/** A document with `upload` as its file, created by `user`; a draft unless `data` publishes it. */
const createDocument = (user: User | null, data: Record<string, unknown>, upload: Upload) =>
  portal.payload.create({ collection: 'documents', data: data as never, file: upload, draft: data._status !== 'published', ...as(user) })

async function attempt(
  run: () => Promise<unknown>,
): Promise<{ status?: number; message?: string; name?: string; ok: boolean }> {
  try {
    await run()
    return { ok: true }
  } catch (error) {
    return {
      ok: false,
      status: (error as { status?: number }).status,
      message: (error as Error).message,
      name: (error as Error).name,
    }
  }
}

const hits = async (q: string) => (await runSearch(portal.payload, { q, filters: {}, page: 1, limit: 20 })).hits

describe.skipIf(Boolean(sqlite.skipReason))('documents', () => {
  beforeAll(async () => {
    await searchIndex.ready(portal.payload)
    const password = 'documenten-test-wachtwoord-1'
    editor = (await portal.payload.create({
      collection: 'users',
      data: { email: 'redactie-doc@example.org', name: 'Redactie', role: 'redacteur', password } as never,
    })) as User
    professional = (await portal.payload.create({
      collection: 'users',
      data: { email: 'professional-doc@example.org', name: 'Professional', role: 'professional', password } as never,
    })) as User
    block = await portal.payload.create({
      collection: 'building-blocks',
      data: { title: 'Eén escalatiemodel', number: 6, aim: 'Een gedragen route', _status: 'published' } as never,
    })
  })

  it('refuses files whose content is not a PDF or DOCX, whatever their name says, in Dutch and with a 4xx', async () => {
    const before = (await portal.payload.count({ collection: 'documents' })).totalDocs
    const pdf = await buildExamplePdf({ title: 'Echt', paragraphs: ['Echte inhoud.'] })
    const disguised = [
      pdfFile(Buffer.from('#!/bin/sh\necho "geen pdf"\n'), 'contract.pdf'),
      pdfFile(PNG, 'contract.pdf'),
      file(
        Buffer.from('Gewone tekst met een Word-naam'),
        'bouwstenen.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ),
      file(
        zipWith('notes.txt', 'geen Word-document'),
        'route.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ),
      // A real PDF under a Word name: the download would carry the wrong extension.
      file(pdf, 'vermomd.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    ]
    for (const upload of disguised) {
      const outcome = await attempt(() =>
        createDocument(editor, { title: `Vermomd ${upload.name}`, version: '1.0', documentStatus: 'concept', _status: 'draft' }, upload),
      )
      expect(outcome.ok, upload.name).toBe(false)
      expect(outcome.status, `${upload.name}: ${outcome.message}`).toBe(400)
      expect(outcome.message).toMatch(/PDF|Word|extensie|bestand/)
      expect(outcome.message).not.toMatch(/Invalid|not allowed/i)
      // A name of our own: minified production builds lose class names, and Payload hides the message of a nameless error.
      expect(outcome.name).toBe('DocumentUploadError')
    }
    expect((await portal.payload.count({ collection: 'documents' })).totalDocs).toBe(before)
  })

  it('accepts a real PDF, keeps its text and finds the document by a word that is only in the PDF', async () => {
    const pdf = await buildExamplePdf({
      title: 'Escalatiemodel',
      paragraphs: ['Bij stagnatie schakelt u de doorbraakregisseur in; die neemt binnen vijf werkdagen een besluit.'],
    })
    const doc = await createDocument(
      editor,
      {
        title: 'Escalatiemodel bij stagnerende samenwerking',
        version: '1.0',
        documentStatus: 'vastgesteld',
        adoptedOn: '2022-03-21T12:00:00.000Z',
        adoptedBy: 'Bestuurlijk Overleg',
        changeNote: 'Eerste versie.',
        buildingBlocks: [block.id],
        _status: 'published',
      },
      pdfFile(pdf, 'escalatiemodel.pdf'),
    )
    expect(doc.mimeType).toBe('application/pdf')
    expect(doc.url).toMatch(/^\/api\/documents\/file\/escalatiemodel/)
    const stored = await portal.payload.findByID({ collection: 'documents', id: doc.id, overrideAccess: true })
    expect(stored.extractedText).toContain('doorbraakregisseur')
    const found = await hits('doorbraakregisseur')
    expect(found.map((hit) => hit.url)).toEqual(['/documenten/escalatiemodel-bij-stagnerende-samenwerking'])
    // Visitors may read it, its version and its date.
    const visible = await portal.payload.find({ collection: 'documents', where: { id: { equals: doc.id } }, ...anonymous })
    expect(visible.docs[0]?.version).toBe('1.0')
  })

  it('adopting a newer version retires the older one: still readable, marked, and out of search', async () => {
    const v2 = await buildExamplePdf({
      title: 'Escalatiemodel 2.0',
      paragraphs: ['Nieuw in deze versie: de bestuurlijke trede met de kwartiermaker.'],
    })
    await createDocument(
      editor,
      {
        title: 'Escalatiemodel bij stagnerende samenwerking',
        slug: 'escalatiemodel-bij-stagnerende-samenwerking',
        version: '2.0',
        documentStatus: 'vastgesteld',
        adoptedOn: '2023-01-16T12:00:00.000Z',
        changeNote: 'Bestuurlijke trede toegevoegd.',
        buildingBlocks: [block.id],
        _status: 'published',
      },
      pdfFile(v2, 'escalatiemodel-2.pdf'),
    )
    const versions = await portal.payload.find({
      collection: 'documents',
      where: { slug: { equals: 'escalatiemodel-bij-stagnerende-samenwerking' } },
      sort: 'version',
      ...anonymous,
    })
    expect(versions.docs.map((d) => [d.version, d.documentStatus])).toEqual([
      ['1.0', 'vervallen'],
      ['2.0', 'vastgesteld'],
    ])
    const [series] = groupDocumentVersions(versions.docs as unknown as DocumentVersion[])
    expect(series.current.version).toBe('2.0')
    expect(series.older.map((doc) => [doc.version, versionMark(doc, series.current)])).toEqual([['1.0', 'Vervallen']])
    expect(series.older[0].url).toMatch(/^\/api\/documents\/file\//)
    // Only the version in force is in the index; the old text no longer leads anywhere.
    expect((await hits('kwartiermaker')).map((hit) => hit.url)).toEqual([
      '/documenten/escalatiemodel-bij-stagnerende-samenwerking',
    ])
    expect(await hits('doorbraakregisseur')).toEqual([])
    // The same version number twice in one document is refused.
    const again = await attempt(() =>
      createDocument(
        editor,
        { title: 'Escalatiemodel bij stagnerende samenwerking', version: '2.0', documentStatus: 'concept', _status: 'draft' },
        pdfFile(v2, 'nog-eens.pdf'),
      ),
    )
    expect(again.status).toBe(400)
  })

  it('keeps drafts from visitors and search, and lets only editors write', async () => {
    const pdf = await buildExamplePdf({ title: 'Concept', paragraphs: ['Geheim conceptwoord zwaluwstaart.'] })
    const draft = await createDocument(
      editor,
      { title: 'Conceptcontract', version: '0.1', documentStatus: 'concept', _status: 'draft' },
      pdfFile(pdf, 'conceptcontract.pdf'),
    )
    expect(
      (await portal.payload.find({ collection: 'documents', where: { id: { equals: draft.id } }, ...anonymous })).docs,
    ).toEqual([])
    expect(
      (await portal.payload.find({ collection: 'documents', where: { id: { equals: draft.id } }, ...as(professional) })).docs,
    ).toEqual([])
    expect(await hits('zwaluwstaart')).toEqual([])
    const byEditor = await portal.payload.find({
      collection: 'documents',
      where: { id: { equals: draft.id } },
      draft: true,
      ...as(editor),
    })
    expect(byEditor.docs).toHaveLength(1)

    for (const user of [professional, null]) {
      const outcome = await attempt(() =>
        createDocument(user, { title: 'Niet van mij', version: '1.0', documentStatus: 'concept', _status: 'draft' }, pdfFile(pdf, 'niet-van-mij.pdf')),
      )
      expect([401, 403]).toContain(outcome.status)
    }
    const update = await attempt(() =>
      portal.payload.update({ collection: 'documents', id: draft.id, data: { summary: 'x' }, ...as(professional) }),
    )
    expect([403, 404]).toContain(update.status)
  })
})
