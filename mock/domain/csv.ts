// RFC 4180 CSV for spreadsheet exports, by hand: papaparse would put ~20 KB into the mini-program's
// main package (the in-process mock lives there) for the dozen lines below.

export type CsvCell = string | number | null | undefined

/** Excel guesses the encoding from a BOM; without it Chinese headers open as mojibake. */
export const UTF8_BOM = '\ufeff'

// Cells starting with these are run as formulas by Excel/WPS (CSV injection, OWASP): a leading
// quote makes them text. Tab and CR are included for the same reason.
const FORMULA_START = /^[=+\-@\t\r]/

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? "'" + text : text
}

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  const text = neutraliseFormula(String(value))
  return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text
}

/** BOM + header + rows, CRLF line ends (RFC 4180), quoting only where needed. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header.map(cell).join(',')]
  for (const row of rows) lines.push(row.map(cell).join(','))
  return UTF8_BOM + lines.join('\r\n') + '\r\n'
}
