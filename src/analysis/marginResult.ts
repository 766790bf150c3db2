import type { MarginTestResult } from '../stats/marginTest.js';
import { finiteOrNull } from '../stats/toJsonSafe.js';
import type { MarginJson } from './analysisResult.js';
import { formatPercent } from '../format/formatPercent.js';
import { formatP, formatPlain } from './verdict.js';

/**
 * A margin test as the result reports it, with its conclusion in words: "non-inferior" or
 * "equivalent" when p < alpha, else "not shown", and one sentence quoting the margin, the
 * (1 − 2α) interval that inverts the test and its p, e.g.
 * "B is non-inferior to A on revenue (margin -2.0%): 90% CI -1.1% to 4.3% lies above -2.0%, p = 0.003".
 */
export function marginResult(margin: MarginTestResult, names: { readonly metric: string; readonly variant: string; readonly control: string }): MarginJson {
  const conclusion = margin.shown ? (margin.test === 'equivalence' ? 'equivalent' : 'non-inferior') : 'not shown';
  const show = (value: number): string => (value === Infinity ? 'inf' : value === -Infinity ? '-inf' : margin.scale === 'relative' ? formatPercent(value) : formatPlain(value));
  const bound = margin.better === 'lower' ? margin.margin : -margin.margin;
  const region = margin.test === 'equivalence' ? `within ±${show(margin.margin)}` : `${margin.better === 'lower' ? 'below' : 'above'} ${show(bound)}`;
  const level = `${Number((margin.level * 100).toPrecision(4))}%`;
  const interval = `${level} CI ${show(margin.ci[0])} to ${show(margin.ci[1])}`;
  const p = margin.pValue < 1e-4 ? 'p < 0.0001' : `p = ${formatP(margin.pValue)}`;
  const what = margin.test === 'equivalence' ? 'equivalence' : 'non-inferiority';
  const marginText = margin.test === 'equivalence' ? `±${show(margin.margin)}` : show(bound);
  const sentence = margin.shown
    ? `${names.variant} is ${conclusion} to ${names.control} on ${names.metric} (margin ${marginText}, ${margin.scale}): ${interval} lies ${region}, ${p}`
    : `${what} of ${names.variant} to ${names.control} on ${names.metric} not shown (margin ${marginText}, ${margin.scale}): ${interval} is not ${region}, ${p}`;
  return {
    test: margin.test,
    scale: margin.scale,
    margin: margin.margin,
    better: margin.better,
    method: margin.method,
    pLower: margin.pLower,
    pUpper: margin.pUpper,
    pValue: margin.pValue,
    level: margin.level,
    ci: [finiteOrNull(margin.ci[0]), finiteOrNull(margin.ci[1])],
    conclusion,
    verdict: sentence,
  };
}
