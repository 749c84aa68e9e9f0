import { fileTypeFromBuffer } from 'file-type'

/** What the documents collection accepts, by content: PDF and Word (DOCX). */
export const DOCUMENT_TYPES = {
  'application/pdf': { ext: 'pdf', label: 'PDF' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { ext: 'docx', label: 'Word' },
} as const

export type DocumentMime = keyof typeof DOCUMENT_TYPES

/** Largest file an editor may upload: an adopted document, not a video. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

export type DetectResult = { ok: true; mime: DocumentMime; ext: 'pdf' | 'docx' } | { ok: false; message: string }

/**
 * Decides on the bytes, never on the name or the browser's declared type: a script renamed to
 * .pdf, or a text file called .docx, is refused. A DOCX is a ZIP; file-type looks inside it for
 * the Word parts, so an arbitrary ZIP renamed to .docx is refused too. The name must then agree
 * with the content, so the download carries the right extension.
 */
export async function detectDocumentType(data: Uint8Array, filename: string): Promise<DetectResult> {
  if (data.byteLength === 0) return { ok: false, message: 'Het bestand is leeg.' }
  if (data.byteLength > MAX_DOCUMENT_BYTES)
    return { ok: false, message: `Het bestand is groter dan ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.` }
  const detected = await fileTypeFromBuffer(data).catch(() => undefined)
  const mime = detected?.mime as string | undefined
  if (!mime || !(mime in DOCUMENT_TYPES)) {
    return {
      ok: false,
      message: 'Dit bestand is geen PDF- of Word-document (DOCX). De inhoud is gecontroleerd, niet alleen de naam.',
    }
  }
  const type = DOCUMENT_TYPES[mime as DocumentMime]
  const extension = filename.toLowerCase().split('.').pop()
  if (extension !== type.ext) {
    return {
      ok: false,
      message: `De inhoud is een ${type.label}-bestand, maar de naam eindigt niet op .${type.ext}. Geef het bestand de juiste extensie.`,
    }
  }
  return { ok: true, mime: mime as DocumentMime, ext: type.ext }
}
