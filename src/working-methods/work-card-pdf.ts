import { PDFDocument, type PDFFont, type PDFPage, StandardFonts, rgb } from 'pdf-lib'

import { drawable, wrap } from '../documents/build-example-pdf'
import { formatDate } from '../lib/dates'
import type { WorkCard } from './work-card'

const PAGE = { width: 595.28, height: 841.89, margin: 42 } // A4 in points, 15 mm margins
/** The title is the largest text; headings on the card are smaller; body text fits one page. */
const SIZE = { kicker: 9, title: 17, heading: 11.5, body: 9.5, small: 8 }
const GREY = rgb(0.3, 0.3, 0.3)

type Fonts = { regular: PDFFont; bold: PDFFont }

/**
 * The work card as a one-page A4 PDF, drawn from the same `WorkCard` as the printable page. When a
 * method has more steps than fit, the text shrinks step by step (down to 70 %) before a second
 * page is allowed, so the card stays one sheet in practice.
 */
export async function renderWorkCardPdf(card: WorkCard, siteUrl: string): Promise<Uint8Array> {
  for (const scale of [1, 0.92, 0.85, 0.78, 0.7]) {
    const { pdf, pages } = await draw(card, siteUrl, scale)
    if (pages === 1 || scale === 0.7) return pdf.save({ useObjectStreams: false })
  }
  throw new Error('unreachable')
}

async function draw(card: WorkCard, siteUrl: string, scale: number) {
  const pdf = await PDFDocument.create()
  pdf.setTitle(`Werkkaart: ${card.title}`)
  pdf.setSubject(card.what)
  pdf.setLanguage('nl-NL')
  pdf.setAuthor('Kennisportaal Jeugdbescherming Gelderland')
  pdf.setProducer('Kennisportaal Jeugdbescherming')
  const fonts: Fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  }
  const width = PAGE.width - 2 * PAGE.margin
  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height])
  let y = PAGE.height - PAGE.margin
  const size = (key: keyof typeof SIZE) => SIZE[key] * scale

  const write = (text: string, font: PDFFont, fontSize: number, options: { indent?: number; gapAfter?: number; color?: ReturnType<typeof rgb> } = {}) => {
    const { indent = 0, gapAfter = 0, color } = options
    for (const line of wrap(font, drawable(font, text), fontSize, width - indent)) {
      if (y - fontSize < PAGE.margin) {
        page = pdf.addPage([PAGE.width, PAGE.height])
        y = PAGE.height - PAGE.margin
      }
      page.drawText(line, { x: PAGE.margin + indent, y: y - fontSize, size: fontSize, font, color })
      y -= fontSize * 1.35
    }
    y -= gapAfter
  }
  const heading = (text: string) => {
    y -= 4 * scale
    write(text, fonts.bold, size('heading'), { gapAfter: 2 * scale })
  }

  write(`WERKKAART · ${card.scope}${card.isExample ? ' · VOORBEELD, geen vastgestelde afspraak' : ''}`, fonts.bold, size('kicker'), {
    gapAfter: 4,
    color: GREY,
  })
  write(card.title, fonts.bold, size('title'), { gapAfter: 6 * scale })
  if (card.what) {
    heading('Waar gaat het over')
    write(card.what, fonts.regular, size('body'), { gapAfter: 2 })
  }
  if (card.who.length) {
    heading('Voor wie')
    write(card.who.join(', '), fonts.regular, size('body'), { gapAfter: 2 })
  }
  if (card.steps.length) {
    heading('Stappen: wie doet wat, wanneer')
    card.steps.forEach((step, index) => {
      write(`${index + 1}. ${step.title}`, fonts.bold, size('body'), { gapAfter: 0 })
      write(`Wie: ${step.who}${step.timeframe ? `   ·   Wanneer: ${step.timeframe}` : ''}`, fonts.regular, size('body'), {
        indent: 12,
        color: GREY,
      })
      if (step.action) write(step.action, fonts.regular, size('body'), { indent: 12 })
      y -= 3 * scale
    })
  }
  if (card.contacts.length) {
    heading('Contact bij vragen')
    for (const contact of card.contacts) {
      write(contact.name, fonts.bold, size('body'))
      const reach = [contact.email, contact.phone, contact.hours].filter(Boolean).join('   ·   ')
      if (reach) write(reach, fonts.regular, size('body'), { indent: 12 })
      if (contact.description) write(contact.description, fonts.regular, size('small'), { indent: 12, color: GREY })
      y -= 2 * scale
    }
  }
  y -= 6
  const reviewed = card.lastReviewedAt ? ` · laatst herzien ${formatDate(card.lastReviewedAt)}` : ''
  write(`Actuele versie: ${siteUrl}${card.path}${reviewed}`, fonts.regular, size('small'), { color: GREY })
  return { pdf, pages: pdf.getPageCount() }
}
