import { expect } from '@open-wc/testing';
import { decodeText, parseCsv } from '../../src/studio/csv.js';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('studio: reading a CSV file', () => {
  it('decodes UTF-8 with and without a byte order mark, UTF-16 and Windows-1252', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Café £5')]))).to.equal('Café £5');
    expect(decodeText(utf8('Café £5'))).to.equal('Café £5');
    expect(decodeText(bytes(0xff, 0xfe, 0x41, 0, 0xa3, 0))).to.equal('A£');
    expect(decodeText(bytes(0xfe, 0xff, 0, 0x41))).to.equal('A');
    // Excel's "CSV (Comma delimited)" on Windows: £ is 0xA3 and ’ is 0x92.
    expect(decodeText(bytes(0xa3, 0x35, 0x20, 0x92))).to.equal('£5 ’');
  });

  it('reads the Excel-style fixture: BOM, CRLF, a quoted comma, a quoted line break and a blank line', async () => {
    const text = decodeText(
      new Uint8Array(await (await fetch('/test/studio/fixtures/campaigns-excel.csv')).arrayBuffer()),
    );
    const table = parseCsv(text);
    expect(table.headers).to.deep.equal([
      'Title',
      'Title (Welsh)',
      'Message',
      'Start date',
      'End date',
      'Link',
      'Link text',
    ]);
    expect(table.delimiter).to.equal(',');
    expect(table.rows.map((r) => r.row)).to.deep.equal([2, 4, 5, 6, 7]); // row 3 is blank
    expect(table.rows[0]!.cells[2]).to.equal('Talk, listen, change lives: join a conversation in the atrium.');
    expect(table.rows[1]!.cells[2]).to.equal('Moving more for our mental health.\r\nWalks every lunchtime.');
    expect(table.rows[1]!.cells[3]).to.equal('10/05/2027');
    expect(table.rows.every((r) => r.cells.length === 7)).to.be.true;
  });

  it('reads quotes, empty cells, LF and CR endings and a last line with no ending', () => {
    const table = parseCsv('a,b,c\n"say ""hi""",,3\r"x"\n1,2,"end"');
    expect(table.rows).to.deep.equal([
      { row: 2, cells: ['say "hi"', '', '3'] },
      { row: 3, cells: ['x'] },
      { row: 4, cells: ['1', '2', 'end'] },
    ]);
  });

  it('keeps row numbers as the spreadsheet shows them when a quoted cell spans lines', () => {
    const table = parseCsv('name,notes\n"A","line 1\nline 2\nline 3"\nB,ok\n');
    expect(table.rows.map((r) => [r.row, r.cells[0]])).to.deep.equal([
      [2, 'A'],
      [3, 'B'],
    ]);
  });

  it('leaves out rows of empty cells, as Excel saves them', () => {
    expect(parseCsv('a,b\n,\n1,2\n , \n').rows).to.deep.equal([{ row: 3, cells: ['1', '2'] }]);
  });

  it('finds semicolons (European Excel) and tabs (cells pasted from a spreadsheet)', () => {
    expect(parseCsv('Title;Starts\n"A; B";2027-01-01').rows[0]!.cells).to.deep.equal(['A; B', '2027-01-01']);
    expect(parseCsv('Title\tStarts\nA, B\t2027-01-01').delimiter).to.equal('\t');
    expect(parseCsv('Title\tStarts\nA, B\t2027-01-01').rows[0]!.cells).to.deep.equal(['A, B', '2027-01-01']);
  });

  it('treats a quote inside a cell as an ordinary character, and reports a quote never closed', () => {
    expect(parseCsv('a,b\n5" screen,2').rows[0]!.cells).to.deep.equal(['5" screen', '2']);
    const table = parseCsv('a,b\n1,2\n"open,3\n4,5');
    expect(table.unclosedQuote).to.equal(3);
    expect(table.rows.at(-1)!.cells[0]).to.equal('open,3\n4,5');
  });

  it('handles an empty file', () => {
    expect(parseCsv('')).to.deep.include({ headers: [], rows: [] });
    expect(parseCsv('\uFEFF')).to.deep.include({ headers: [], rows: [] });
  });
});
