/**
 * CSV as Dutch Excel opens it: semicolons, a byte-order mark for UTF-8, CRLF line ends. A cell
 * that starts like a formula gets a leading apostrophe, so a name such as "=HYPERLINK(…)" stays
 * text in the trainer's spreadsheet.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`
}
