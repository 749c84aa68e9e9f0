import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib'

export type PdfInput = {
  title: string
  /** A line above the title, e.g. "VOORBEELDDOCUMENT – geen vastgesteld stuk". */
  banner?: string
  paragraphs: string[]
  /** Document metadata (the PDF's own title and subject fields). */
  subject?: string
}

const PAGE = { width: 595.28, height: 841.89, margin: 56 } // A4 in points
const SIZE = { banner: 10, title: 18, body: 11 }

/** Characters the standard Helvetica font cannot draw are replaced, so any Dutch text fits. */
export function drawable(font: PDFFont, text: string): string {
  let out = ''
  for (const char of text) {
    try {
      font.encodeText(char)
      out += char
    } catch {
      out += char === '\u2192' ? '->' : '?'
    }
  }
  return out
}

/** Splits text into lines that fit `width` at `size` points. */
export function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate
    else {
      lines.push(line)
      line = word
    }
  }
  if (line) lines.push(line)
  return lines
}

/**
 * A plain A4 PDF with real, extractable text: the seed makes its example documents with it (no
 * copies of the source files), and the tests use it as the "real PDF" an editor uploads.
 */
export async function buildExamplePdf({ title, banner, paragraphs, subject }: PdfInput): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(title)
  if (subject) pdf.setSubject(subject)
  pdf.setLanguage('nl-NL')
  pdf.setProducer('Kennisportaal Jeugdbescherming (seed)')
  // A fixed date keeps the bytes of a seeded document the same on every run.
  pdf.setCreationDate(new Date(Date.UTC(2024, 0, 1)))
  pdf.setModificationDate(new Date(Date.UTC(2024, 0, 1)))
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const width = PAGE.width - 2 * PAGE.margin
  let page = pdf.addPage([PAGE.width, PAGE.height])
  let y = PAGE.height - PAGE.margin
  const write = (text: string, font: PDFFont, size: number, gapAfter: number) => {
    for (const line of wrap(font, drawable(font, text), size, width)) {
      if (y - size < PAGE.margin) {
        page = pdf.addPage([PAGE.width, PAGE.height])
        y = PAGE.height - PAGE.margin
      }
      page.drawText(line, { x: PAGE.margin, y: y - size, size, font })
      y -= size * 1.4
    }
    y -= gapAfter
  }
  if (banner) write(banner, bold, SIZE.banner, 8)
  write(title, bold, SIZE.title, 12)
  for (const paragraph of paragraphs) write(paragraph, regular, SIZE.body, 8)
  return Buffer.from(await pdf.save({ useObjectStreams: false }))
}
