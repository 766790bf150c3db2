import type { CommandModule } from 'yargs';
import { ANALYZE_OPTION_TEXT as TEXT } from '../../analysis/analyzeOptionText.js';

interface AnalyzeArguments {
  file?: string;
  [option: string]: unknown;
}

/**
 * `livelift analyze <file.csv> --variant COL --metric COL …` or `livelift analyze --summary FILE`:
 * A/B analysis of a per-unit export or of per-arm sufficient statistics.
 *
 *   argv ─▶ yargs (types, choices) ─▶ AnalyzeOptionsSchema ─▶ stream CSV | read summary
 *        ─▶ runAnalysis ─▶ tables + verdicts | JSON on stdout; result.json + CSV with --out
 *
 * Everything heavy (zod, the CSV reader, the stats engine) is imported inside the handler.
 */
export const analyzeCommand: CommandModule<object, AnalyzeArguments> = {
  command: 'analyze [file]',
  describe: 'Analyze an A/B test: per-unit CSV or per-arm summary → lifts, intervals, p-values, SRM, data quality',
  builder: (yargs) =>
    yargs
      .positional('file', { type: 'string', describe: TEXT.file })
      .option('summary', { type: 'string', describe: TEXT.summary })
      .option('variant', { type: 'string', describe: TEXT.variant })
      .option('metric', { type: 'string', array: true, describe: TEXT.metric })
      .option('control', { type: 'string', describe: TEXT.control })
      .option('unit', { type: 'string', describe: TEXT.unit })
      .option('cluster', { type: 'string', describe: TEXT.cluster })
      .option('covariate', { type: 'string', array: true, describe: TEXT.covariate })
      .option('ratio', { type: 'string', array: true, describe: TEXT.ratio })
      .option('segment', { type: 'string', describe: TEXT.segment })
      .option('weights', { type: 'string', describe: TEXT.weights })
      .option('alpha', { type: 'number', describe: TEXT.alpha })
      .option('sides', { choices: ['two', 'greater', 'less'], describe: TEXT.sides })
      .option('relative-ci', { choices: ['delta', 'fieller'], describe: TEXT.relativeCi })
      .option('score-method', { choices: ['farrington-manning', 'miettinen-nurminen'], describe: TEXT.scoreMethod })
      .option('exact', { type: 'boolean', describe: TEXT.exact })
      .option('sequential', { type: 'boolean', describe: TEXT.sequential })
      .option('tuning', { type: 'number', describe: TEXT.tuning })
      .option('bayesian', { type: 'boolean', describe: TEXT.bayesian })
      .option('prior-mean', { type: 'number', describe: TEXT.priorMean })
      .option('prior-variance', { type: 'number', describe: TEXT.priorVariance })
      .option('correction', { choices: ['none', 'bonferroni', 'holm', 'bh', 'dunnett'], describe: TEXT.correction })
      .option('cap', { type: 'string', describe: TEXT.cap })
      .option('multi-variant', { choices: ['report', 'exclude', 'first'], describe: TEXT.multiVariant })
      .option('json', { type: 'boolean', describe: TEXT.json })
      .option('out', { type: 'string', describe: TEXT.out })
      .option('non-inferiority', { type: 'string', describe: TEXT.nonInferiority })
      .option('equivalence', { type: 'string', describe: TEXT.equivalence })
      .option('segment-correction', { choices: ['none', 'bonferroni', 'holm', 'bh'], describe: TEXT.segmentCorrection })
      .option('date', { type: 'string', describe: TEXT.date })
      .option('currency', { type: 'string', describe: TEXT.currency })
      .option('money', { type: 'string', array: true, describe: TEXT.money })
      .option('minutes', { type: 'string', array: true, describe: TEXT.minutes })
      .option('msprt', { type: 'boolean', describe: TEXT.msprt })
      .option('exact-test', { choices: ['fisher', 'boschloo', 'score', 'agresti-min'], describe: TEXT.exactTest })
      .option('quantile', { type: 'string', describe: TEXT.quantile })
      .option('bootstrap', { type: 'number', describe: TEXT.bootstrap })
      .option('seed', { type: 'number', describe: TEXT.seed })
      .example('$0 analyze cookie_cats.csv --variant version --control gate_30 --metric retention_1 --metric retention_7', 'Two conversion metrics')
      .example('$0 analyze orders.csv --variant arm --metric revenue --ratio aov=revenue/orders --unit user_id --cap p99', 'Means, a ratio, data-quality checks, winsorizing')
      .example('$0 analyze --summary arms.json --bayesian --json', 'Per-arm totals from a warehouse, Bayesian summary, JSON out'),
  handler: async (argv) => {
    process.stdout.write(await runAnalyzeCommand(argv));
  },
};

/**
 * What `livelift analyze` prints for these options (files written with --out):
 *
 *   raw options → AnalyzeOptionsSchema (InputError per problem, named by its --option)
 *     → runCommandFlow: protect the input and --out → analyzeInput → at most RUN_LIMITS.variants
 *     arms → runAnalysis
 *     → tables | --json → --out: report.html, charts/, tables/, data/*.csv, result.json
 *
 * @returns the text for stdout.
 */
export async function runAnalyzeCommand(raw: Record<string, unknown>, io: { bufferSize?: number } = {}): Promise<string> {
  const [{ parseAnalyzeOptions, analysisFiles }, { analyzeInput }, { runAnalysis }, { analysisText }, { liveliftVersion }, { runCommandFlow }] = await Promise.all([
    import('../../analysis/analyzeCommand.js'),
    import('../../analysis/analyzeInput.js'),
    import('../../analysis/runAnalysis.js'),
    import('../../analysis/analysisText.js'),
    import('../../io/liveliftVersion.js'),
    import('../commandFlow.js'),
  ]);
  const { checkVariantCount } = await import('../checkVariantCount.js');
  const options = parseAnalyzeOptions(raw);
  const input = options.file ?? options.summary!;
  return runCommandFlow({
    inputs: [input],
    out: options.out,
    json: options.json ?? false,
    run: async () => runAnalysis(checkVariantCount(analyzeInput(options, io), options), options, { version: liveliftVersion() }),
    toJson: (result) => `${JSON.stringify(result, null, 2)}\n`,
    toText: analysisText,
    reportFiles: async (result) => {
      const { buildAnalysisReport, reportFiles } = await import('../../report/index.js');
      return { ...analysisFiles(result), ...(await reportFiles(buildAnalysisReport(result, input))).files };
    },
  });
}
