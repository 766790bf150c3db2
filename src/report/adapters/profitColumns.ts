import { ciBounds, estimateCells, estimateColumns } from '../../format/estimateColumns.js';
import type { CellValue, ReportColumn } from '../report.js';

/** Report columns of profit per session with its 95% interval (keys profit, profitLo, profitHi); none when the result has no profit (saved before profit was reported). */
export function profitColumns(currency: string, hasProfit: boolean): ReportColumn[] {
  return hasProfit ? estimateColumns('profit', `Profit per session (${currency})`, ciBounds('Profit', currency), 'number') : [];
}

/** The row cells of {@link profitColumns} for a mean with its interval (none when absent). */
export function profitCells(profit: { readonly mean: number; readonly ci: readonly [number, number] } | undefined): Record<string, CellValue> {
  return profit ? estimateCells('profit', profit.mean, profit.ci) : {};
}
