import { InputError } from '../io/inputError.js';

export interface VariantPlan {
  /** Indices into the input's variant list, in analysis order: control first. */
  readonly order: number[];
  readonly names: string[];
  readonly control: string;
  /** Planned share of each variant in `names` order, summing to 1. */
  readonly expectedShares: number[];
}

export interface VariantChoice {
  readonly control?: string;
  readonly weights?: { readonly names?: readonly string[]; readonly shares: readonly number[] };
}

/**
 * Decide the control and the order of the variants, and the planned split.
 *
 * Order: with named weights (`A=50,B=50`) their order; otherwise the control first, then the
 * other variants sorted by name (code-point order, so the result does not depend on row order).
 * Control: `--control`, else the input's own (a summary file's `control`), else the first named
 * weight, else a variant called "control" (any case), else the first name in sorted order.
 * Shares: the weights (positional ones follow the analysis order), else equal.
 *
 * @throws InputError for an unknown control or a weight count that does not match the variants.
 */
export function resolveVariants(variants: readonly string[], choice: VariantChoice, where: { file: string; variantPath?: string; inputControl?: string }): VariantPlan {
  const sorted = [...variants].sort(byCodePoint);
  const named = choice.weights?.names;
  const control = choice.control ?? where.inputControl ?? named?.[0] ?? sorted.find((name) => name.toLowerCase() === 'control') ?? sorted[0];
  if (!variants.includes(control)) {
    throw new InputError({
      file: where.file,
      path: choice.control !== undefined ? '--control' : where.variantPath,
      message: `${JSON.stringify(control)} is not a variant; the data has ${variants.map((name) => JSON.stringify(name)).join(', ')}`,
    });
  }
  const names = [control, ...(named ?? sorted).filter((name) => name !== control)];
  const shares = choice.weights?.shares;
  if (shares !== undefined && shares.length !== names.length) {
    throw new InputError({ path: '--weights', message: `${shares.length} shares for ${names.length} variants (${names.join(', ')}, in that order)` });
  }
  const missing = names.filter((name) => !variants.includes(name));
  if (missing.length > 0 || names.length !== variants.length) {
    const extra = variants.filter((name) => !names.includes(name));
    const detail = missing.length > 0 ? `no data for ${missing.join(', ')}` : `no weight for ${extra.join(', ')}`;
    throw new InputError({ file: where.file, path: '--weights', message: detail });
  }
  const shareOf = (name: string, i: number): number => (named !== undefined ? shares![named.indexOf(name)] : (shares?.[i] ?? 1));
  const orderedShares = names.map(shareOf);
  const total = orderedShares.reduce((sum, share) => sum + share, 0);
  return { order: names.map((name) => variants.indexOf(name)), names, control, expectedShares: orderedShares.map((share) => share / total) };
}

/** Order names by UTF-16 code units: the same on every machine and locale (unlike localeCompare). */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
