import type { ReportColumn } from '../report.js';

/** Report columns of profit per session with its 95% interval (keys profit, profitLo, profitHi); none when the result has no profit (saved before profit was reported). */
export function profitColumns(currency: string, hasProfit: boolean): ReportColumn[] {
  if (!hasProfit) return [];
  return [
    { key: 'profit', label: `Profit per session (${currency})`, format: 'number' },
    { key: 'profitLo', label: `Profit, 95% CI low (${currency})`, format: 'number' },
    { key: 'profitHi', label: `Profit, 95% CI high (${currency})`, format: 'number' },
  ];
}

/** The row cells of {@link profitColumns} for a mean with its interval (none when absent). */
export function profitCells(profit: { readonly mean: number; readonly ci: readonly [number, number] } | undefined): Record<string, number> {
  return profit ? { profit: profit.mean, profitLo: profit.ci[0], profitHi: profit.ci[1] } : {};
}
