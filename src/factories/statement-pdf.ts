import { createHash } from 'node:crypto';
import type { Statement } from '../spec/wire.js';
import type { StatementDocument } from '../store/tenant-state.js';

/**
 * A tiny PDF 1.4 writer for statements: US Letter pages of text in the standard Helvetica
 * fonts (no embedding), uncompressed content streams and a classic cross-reference table.
 * The bytes are a pure function of the statement and its document, with no creation time,
 * random file id or compression library in between, so the same statement always hashes
 * to the same `content_hash`, on any machine and Node version.
 */

const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;
const MARGIN = 54;
const LINE_HEIGHT = 14;
const FIRST_PAGE_TOP = 520;
const OTHER_PAGE_TOP = 720;
const BOTTOM = 72;

/** Helvetica and Helvetica-Bold advance widths (1/1000 em) of the characters amounts use. */
const AMOUNT_WIDTHS: Record<string, number> = { ' ': 278, $: 556, ',': 278, '-': 333, '.': 278, '(': 333, ')': 333 };

function amountWidth(text: string, size: number): number {
  let units = 0;
  for (const char of text) units += AMOUNT_WIDTHS[char] ?? 556;
  return (units * size) / 1000;
}

/** Printable ASCII only: accents are dropped, anything else becomes `?`; PDF string escapes applied. */
function pdfText(text: string): string {
  const ascii = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '?');
  return ascii.replace(/[\\()]/g, (char) => `\\${char}`);
}

function formatMoney(value: number): string {
  const fixed = Math.abs(value).toFixed(2);
  const [whole, cents] = fixed.split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}$${grouped}.${cents}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function longDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${MONTHS[month! - 1]} ${day}, ${year}`;
}

class Page {
  readonly ops: string[] = [];

  text(x: number, y: number, text: string, size = 10, bold = false): this {
    this.ops.push(`BT /${bold ? 'F2' : 'F1'} ${size} Tf ${x.toFixed(2)} ${y.toFixed(2)} Td (${pdfText(text)}) Tj ET`);
    return this;
  }

  /** Right-aligned at `right`; only for amounts (digits, $, comma, period, minus). */
  amount(right: number, y: number, value: number, size = 10, bold = false): this {
    const text = formatMoney(value);
    return this.text(right - amountWidth(text, size), y, text, size, bold);
  }

  rule(y: number, gray = 0.6): this {
    this.ops.push(`${gray} G 0.5 w ${MARGIN} ${y} m ${PAGE_WIDTH - MARGIN} ${y} l S 0 G`);
    return this;
  }

  shade(y: number, height: number): this {
    this.ops.push(`0.94 g ${MARGIN} ${y} ${PAGE_WIDTH - 2 * MARGIN} ${height} re f 0 g`);
    return this;
  }

  stream(): string {
    return `${this.ops.join('\n')}\n`;
  }
}

/** What the PDF shows of the statement resource (never its content_hash, which is the hash of these bytes). */
type StatementIdentity = Pick<Statement, 'guid' | 'created_at'>;

const RIGHT = PAGE_WIDTH - MARGIN;
const COLUMNS = { date: MARGIN + 4, description: MARGIN + 80, amount: RIGHT - 100, balance: RIGHT - 4 };

function header(page: Page, statement: StatementIdentity, doc: StatementDocument): void {
  page.text(MARGIN, 738, doc.institution_name, 18, true);
  page.text(MARGIN, 718, 'Account Statement', 12);
  page.text(RIGHT - 190, 738, 'Statement period', 9, true);
  page.text(RIGHT - 190, 724, `${longDate(doc.period_start)} - ${longDate(doc.period_end)}`, 9);
  page.rule(705);
  const number = doc.account_number ? ` (ending in ${doc.account_number})` : '';
  page.text(MARGIN, 686, `${doc.account_name}${number}`, 11, true);
  page.text(MARGIN, 671, `Account type: ${doc.account_type}`, 9);
  page.text(MARGIN, 658, `Statement: ${statement.guid}`, 9);
  page.text(MARGIN, 645, `Issued: ${longDate(statement.created_at.slice(0, 10))}`, 9);
  const credits = doc.lines.filter((line) => line.amount > 0).reduce((sum, line) => sum + line.amount, 0);
  const debits = doc.lines.filter((line) => line.amount < 0).reduce((sum, line) => sum + line.amount, 0);
  const summary: [string, number][] = [
    ['Opening balance', doc.opening_balance],
    ['Credits', credits],
    ['Debits', debits],
    ['Closing balance', doc.closing_balance],
  ];
  page.shade(566, 64);
  summary.forEach(([label, value], index) => {
    const y = 614 - index * 14;
    const last = index === summary.length - 1;
    page.text(MARGIN + 10, y, label, 10, last);
    page.amount(MARGIN + 300, y, value, 10, last);
  });
}

function tableHeader(page: Page, top: number): void {
  const y = top + 20;
  page.text(COLUMNS.date, y, 'Date', 9, true);
  page.text(COLUMNS.description, y, 'Description', 9, true);
  page.text(COLUMNS.amount - 40, y, 'Amount', 9, true);
  page.text(COLUMNS.balance - 42, y, 'Balance', 9, true);
  page.rule(y - 6);
}

/** The statement's PDF: a summary on the first page, then every line with a running balance. */
export function renderStatementPdf(statement: StatementIdentity, doc: StatementDocument): Buffer {
  const pages: Page[] = [];
  let page = new Page();
  header(page, statement, doc);
  tableHeader(page, FIRST_PAGE_TOP);
  pages.push(page);
  let y = FIRST_PAGE_TOP;
  let balance = doc.opening_balance;
  if (doc.lines.length === 0) page.text(COLUMNS.description, y, 'No transactions in this period.', 9);
  for (const line of doc.lines) {
    if (y < BOTTOM) {
      page = new Page();
      tableHeader(page, OTHER_PAGE_TOP);
      pages.push(page);
      y = OTHER_PAGE_TOP;
    }
    balance = Math.round((balance + line.amount) * 100) / 100;
    page.text(COLUMNS.date, y, line.date, 9);
    page.text(COLUMNS.description, y, line.description.length > 48 ? `${line.description.slice(0, 47)}...` : line.description, 9);
    page.amount(COLUMNS.amount, y, line.amount, 9);
    page.amount(COLUMNS.balance, y, balance, 9);
    y -= LINE_HEIGHT;
  }
  pages.forEach((each, index) => {
    each.rule(48, 0.8);
    each.text(MARGIN, 36, 'Simulated by atrium-mock: test data, not a real bank statement.', 8);
    each.text(RIGHT - 50, 36, `Page ${index + 1} of ${pages.length}`, 8);
  });
  return writePdf(
    pages.map((each) => each.stream()),
    `${doc.institution_name} statement ${doc.period_start} to ${doc.period_end}`,
    statement.created_at,
  );
}

/** PDF date `D:YYYYMMDDHHmmSSZ` from an MX timestamp. */
function pdfDate(timestamp: string): string {
  return `D:${timestamp.slice(0, 19).replace(/[-T:]/g, '')}Z`;
}

/** Objects 1-5 are the catalog, the page tree, two fonts and the info dictionary; each page adds a page and its content. */
function writePdf(contents: string[], title: string, createdAt: string): Buffer {
  const pageIds = contents.map((_content, index) => 6 + index * 2);
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${contents.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< /Title (${pdfText(title)}) /Producer (atrium-mock) /CreationDate (${pdfDate(createdAt)}) >>`,
  ];
  contents.forEach((content, index) => {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageIds[index]! + 1} 0 R >>`,
      `<< /Length ${content.length} >>\nstream\n${content}endstream`,
    );
  });
  // the binary comment marks the file as binary for transfer tools (PDF 1.4, 7.5.2)
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // every character is below 256, so latin1 maps one character to one byte and the offsets hold
  return Buffer.from(body, 'latin1');
}

/** SHA-256 (hex) of the PDF bytes: the statement's content_hash. */
export function contentHash(pdf: Buffer): string {
  return createHash('sha256').update(pdf).digest('hex');
}
