import { z } from 'zod';

const bound = z.number().nullable().describe('Interval end; null when unbounded');
const effect = z.looseObject({
  estimate: z.number().nullable().describe('Cumulative estimate at this look'),
  ci: z.tuple([bound, bound]).describe('Interval at this look'),
  pValue: z.number().nullable().describe('p-value at this look'),
});
const effects = z.looseObject({ absolute: effect, relative: effect.nullable() });

/** The `overTime` block of an analyze result (`--date`), as the report reads it. */
export const OverTimeSchema = z.looseObject({
  column: z.string().describe('The --date column'),
  days: z.array(z.looseObject({ day: z.string().describe('YYYY-MM-DD'), units: z.array(z.number()).describe('Cumulative units per variant, control first'), srm: z.looseObject({ pValue: z.number().describe('SRM p of the cumulative units') }) })),
  metrics: z.array(
    z.looseObject({
      name: z.string(),
      comparisons: z.array(
        z.looseObject({
          variant: z.string(),
          looks: z.array(z.looseObject({ day: z.string(), n: z.number().describe('Units with a value in both arms, cumulative'), fixedHorizon: effects.describe('Fixed-horizon effects at this look'), alwaysValid: effects.describe('Always-valid effects at this look') })),
        }),
      ),
    }),
  ),
});
