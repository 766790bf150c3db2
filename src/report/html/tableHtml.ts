import { formatCount, formatNumber, formatPValue } from '../../format/formatNumber.js';
import { formatPercent, formatSignedPercent } from '../../format/formatPercent.js';
import type { CellValue, ReportColumn, ReportTable } from '../report.js';
import { escapeHtml } from './escapeHtml.js';

/** A report table as an HTML table, every header and cell escaped, with a link to its CSV. */
export function tableHtml(table: ReportTable, csvHref: string): string {
  const header = table.columns.map((column) => `<th scope="col">${escapeHtml(column.label)}</th>`).join('');
  const body = table.rows
    .map((row) => `<tr>${table.columns.map((column) => cellHtml(row[column.key] ?? null, column)).join('')}</tr>`)
    .join('\n');
  const caption = table.caption ? `<p>${escapeHtml(table.caption)}</p>` : '';
  return [
    `<section class="table" id="table-${escapeHtml(table.name)}" data-table="${escapeHtml(table.name)}">`,
    `<h3>${escapeHtml(table.title)}</h3>`,
    caption,
    `<div class="table-wrap"><table><thead><tr>${header}</tr></thead><tbody>\n${body}\n</tbody></table></div>`,
    `<p class="files">Data: <a href="${escapeHtml(csvHref)}">${escapeHtml(csvHref)}</a></p>`,
    '</section>',
  ].join('\n');
}

function cellHtml(value: CellValue, column: ReportColumn): string {
  const numeric = typeof value === 'number';
  return `<td${numeric ? ' class="number"' : ''}>${escapeHtml(formatCell(value, column.format ?? 'number'))}</td>`;
}

/** How a cell reads in the HTML; the CSV keeps the raw value. */
export function formatCell(value: CellValue, format: NonNullable<ReportColumn['format']>): string {
  if (value === null) return '—';
  if (typeof value !== 'number') return String(value);
  switch (format) {
    case 'count':
      return formatCount(value);
    case 'percent':
      return formatPercent(value, 2);
    case 'signedPercent':
      return formatSignedPercent(value, 2);
    case 'pValue':
      return formatPValue(value);
    case 'text':
      return String(value);
    case 'number':
      return formatNumber(value, 4);
  }
}
