/** One record of a CSV text: its cells and the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** The separator a pasted table uses: a tab when the header has tabs (spreadsheet copy), else `,` or `;`. */
export function detectSeparator(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  if (header.includes('\t')) return '\t';
  return header.includes(',') || !header.includes(';') ? ',' : ';';
}

/**
 * Splits CSV text into records (RFC 4180: quoted cells may hold separators, `""` and line breaks).
 * Blank lines are skipped; a quote left open is reported through `unclosedQuoteLine`.
 */
export function splitCsv(
  text: string,
  separator = detectSeparator(text),
): { records: CsvRecord[]; unclosedQuoteLine?: number } {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let quoteLine = 0;
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0]?.trim() !== '') records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += char;
    }
  }
  if (quoted) return { records, unclosedQuoteLine: quoteLine };
  endRecord();
  return { records };
}
