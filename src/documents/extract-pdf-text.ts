import { getDocumentProxy } from 'unpdf'

/** Bounds on the work one upload can cause: pages read and characters kept for the index. */
export const MAX_PDF_PAGES = 200
export const MAX_PDF_TEXT = 100_000

/**
 * The text of a PDF for the search index, page by page, stopping at MAX_PDF_PAGES pages or
 * MAX_PDF_TEXT characters. Throws when the file is not a readable PDF; the caller turns that into
 * a Dutch 400.
 */
export async function extractPdfText(data: Uint8Array): Promise<{ text: string; pages: number }> {
  // pdf.js takes ownership of the buffer it gets: give it a copy, the upload still needs the bytes.
  const pdf = await getDocumentProxy(new Uint8Array(data))
  try {
    const parts: string[] = []
    let length = 0
    const pages = Math.min(pdf.numPages, MAX_PDF_PAGES)
    for (let number = 1; number <= pages && length < MAX_PDF_TEXT; number++) {
      const page = await pdf.getPage(number)
      const content = await page.getTextContent()
      const text = content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : ''))
        .join('')
        .replace(/[ \t]+/g, ' ')
        .trim()
      parts.push(text)
      length += text.length
    }
    return { text: parts.join('\n\n').slice(0, MAX_PDF_TEXT), pages: pdf.numPages }
  } finally {
    await pdf.destroy()
  }
}
