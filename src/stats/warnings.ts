/**
 * Every warning code the stats engine can return, with its message, in one place.
 * Codes are a public contract (they appear in `--json` output); add, never rename.
 */
export const WARNINGS = {
  EMPTY_ARM: 'an arm has no units; nothing can be estimated for it',
  ZERO_VARIANCE: 'both arms have zero variance; the test is undefined and the p-value is reported as 1 when the means are equal',
  NON_POSITIVE_CONTROL_MEAN: 'the control mean is zero or negative, so a relative lift is undefined; only the absolute lift is reported',
} as const;

export type WarningCode = keyof typeof WARNINGS;

export function warning(code: WarningCode, detail?: string): { code: WarningCode; message: string } {
  return { code, message: detail ? `${WARNINGS[code]} (${detail})` : WARNINGS[code] };
}
