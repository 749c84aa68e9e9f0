import {
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import type { Document } from '../../../payload-types'
import { compareVersions } from '../../../src/documents/compare-versions'
import { detectDocumentType } from '../../../src/documents/detect-document-type'
import { DocumentUploadError } from '../../../src/documents/errors'
import { extractPdfText } from '../../../src/documents/extract-pdf-text'

const refuse = (message: string) => new DocumentUploadError(message)

type UploadedFile = { data?: Uint8Array; name?: string; tempFilePath?: string }
const uploaded = (req: { file?: unknown }): UploadedFile | undefined => req.file as UploadedFile | undefined

/**
 * Checks the bytes of every upload before Payload stores anything. Payload's own check falls back
 * to the file name when it cannot recognise the content (a text file called .docx would pass), so
 * this one decides on content alone and answers in Dutch.
 */
export const checkUploadedFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = uploaded(req)
  if (!file) return args
  if (!file.data || file.data.byteLength === 0) throw refuse('Het bestand is leeg of kon niet worden gelezen.')
  const result = await detectDocumentType(file.data, file.name ?? '')
  if (!result.ok) throw refuse(result.message)
  return args
}

/**
 * One record per version of a document. Field validation is skipped for drafts, so the check is
 * here as well: a second "2.0" of the same document is refused however it is saved.
 */
export const uniqueVersion: CollectionBeforeChangeHook<Document> = async ({ data, originalDoc, req }) => {
  const slug = data.slug ?? originalDoc?.slug
  const version = data.version ?? originalDoc?.version
  if (!slug || !version) return data
  const clash = await req.payload.count({
    collection: 'documents',
    where: {
      and: [
        { slug: { equals: slug } },
        { version: { equals: version } },
        ...(originalDoc?.id === undefined ? [] : [{ id: { not_equals: originalDoc.id } }]),
      ],
    },
    overrideAccess: true,
    req,
  })
  if (clash.totalDocs > 0) throw refuse(`Versie ${version} van dit document bestaat al. Kies een nieuw versienummer.`)
  return data
}

/**
 * The text of an uploaded PDF goes into `extractedText`, which the search index reads. Only on a
 * new file: metadata edits keep the text. A DOCX has no extracted text (yet); its title, summary
 * and change note are still found.
 */
export const extractText: CollectionBeforeChangeHook<Document> = async ({ data, req }) => {
  const file = uploaded(req)
  if (!file?.data) return data
  const result = await detectDocumentType(file.data, file.name ?? '')
  if (!result.ok) throw refuse(result.message)
  if (result.mime !== 'application/pdf') return { ...data, extractedText: '' }
  try {
    const { text } = await extractPdfText(file.data)
    return { ...data, extractedText: text }
  } catch {
    throw refuse('Het PDF-bestand kon niet worden gelezen. Is het beschadigd of beveiligd met een wachtwoord?')
  }
}

/**
 * Publishing a version as adopted ("vastgesteld") retires the older adopted versions of the same
 * document: they become "vervallen", stay downloadable and are marked as such on the site, and
 * drop out of search. Written as the system, inside the editor's request and transaction.
 */
export const retireOlderVersions: CollectionAfterChangeHook<Document> = async ({ doc, req, context }) => {
  if (context.retiringVersions) return doc
  if (doc._status !== 'published' || doc.documentStatus !== 'vastgesteld' || !doc.slug) return doc
  const older = await req.payload.find({
    collection: 'documents',
    where: {
      and: [
        { slug: { equals: doc.slug } },
        { id: { not_equals: doc.id } },
        { documentStatus: { equals: 'vastgesteld' } },
        { _status: { equals: 'published' } },
      ],
    },
    select: { version: true },
    depth: 0,
    limit: 100,
    overrideAccess: true,
    req,
  })
  for (const other of older.docs) {
    if (compareVersions(String(other.version), String(doc.version)) >= 0) continue
    await req.payload.update({
      collection: 'documents',
      id: other.id,
      data: { documentStatus: 'vervallen', _status: 'published' },
      overrideAccess: true,
      depth: 0,
      // A request of its own in the same transaction: Payload merges a nested call's context into
      // the request it is given, and flags set by the nested write's hooks (the search change log
      // sets skipSearchSync) would otherwise switch off the hooks still to run for this document.
      req: { transactionID: req.transactionID, user: req.user },
      context: { ...context, retiringVersions: true },
    })
  }
  return doc
}
