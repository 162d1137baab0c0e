/**
 * Reading a spreadsheet saved as CSV: decoding the bytes, then splitting the
 * text into rows and cells (RFC 4180, read leniently). Pure, no DOM.
 *
 * Hand-written rather than papaparse: this is about 1 KB minified against
 * papaparse's 19 KB, and a studio only ever reads one small file the editor
 * chose. It handles what Excel, Numbers, LibreOffice and Google Sheets write:
 * a UTF-8 byte order mark (or none), UTF-16 ("Unicode text") and Windows-1252
 * ("CSV (Comma delimited)" in Excel on Windows), CRLF, LF or CR line endings,
 * quoted cells holding commas, quotes (`""`) and line breaks, blank lines,
 * and commas, semicolons (European Excel) or tabs between cells.
 */

/** One row of the spreadsheet. */
export interface CsvRow {
  /** the row number the spreadsheet shows: the header row is 1 */
  row: number;
  cells: string[];
}

export interface CsvTable {
  /** the first row's cells, trimmed */
  headers: string[];
  /** every later row that has something in it (blank rows are left out but keep their numbers) */
  rows: CsvRow[];
  /** the character between cells */
  delimiter: ',' | ';' | '\t';
  /** a quote that is never closed, as `row 7`; the rest of the file went into that cell */
  unclosedQuote?: number;
}

/**
 * The text of a file, whatever a spreadsheet saved it as: UTF-8 or UTF-16 by
 * their byte order marks, UTF-8 without one, and otherwise Windows-1252
 * (where Excel's `£` and `’` come from).
 */
export function decodeText(bytes: Uint8Array): string {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The delimiter the first line uses most, outside quotes (a comma when none). */
function sniffDelimiter(text: string): CsvTable['delimiter'] {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as keyof typeof counts]++;
  }
  return (Object.keys(counts) as Array<keyof typeof counts>).reduce(
    (best, d) => (counts[d] > counts[best] ? d : best),
    ',',
  );
}

/**
 * Splits CSV text into rows of cells. A quote opens a quoted cell only at the
 * start of a cell; elsewhere it is an ordinary character, as in Excel.
 */
export function parseCsv(input: string): CsvTable {
  const text = input.replace(/^\uFEFF/, '');
  const delimiter = sniffDelimiter(text);
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  let atCellStart = true;
  let unclosedQuote: number | undefined;
  const endCell = () => {
    record.push(cell);
    cell = '';
    atCellStart = true;
  };
  const endRecord = () => {
    endCell();
    records.push(record);
    record = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char !== '"') cell += char;
      else if (text[i + 1] === '"') {
        cell += '"'; // a doubled quote inside quotes is one quote
        i++;
      } else quoted = false;
    } else if (char === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
      unclosedQuote = records.length + 1;
    } else if (char === delimiter) endCell();
    else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else {
      cell += char;
      atCellStart = false;
    }
  }
  if (!atCellStart || record.length || quoted) endRecord();
  const [header = [], ...rest] = records;
  return {
    headers: header.map((h) => h.trim()),
    rows: rest.map((cells, i) => ({ row: i + 2, cells })).filter(({ cells }) => cells.some((c) => c.trim())),
    delimiter,
    ...(quoted ? { unclosedQuote } : {}),
  };
}
