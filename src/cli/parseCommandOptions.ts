import type { z } from 'zod';
import { InputError } from '../io/inputError.js';

/**
 * Parse yargs' argv into a command's options with its zod schema (the single source of what the
 * command accepts): only the schema's keys are read, and every problem is reported at once,
 * named by its --option (exit 2, no stack trace).
 */
export function parseCommandOptions<T extends z.ZodType>(schema: T, argv: Record<string, unknown>): z.output<T> {
  const shape = (schema as unknown as z.ZodObject).shape as Record<string, unknown>;
  const picked = Object.fromEntries(Object.keys(shape).filter((key) => argv[key] !== undefined).map((key) => [key, argv[key]]));
  const parsed = schema.safeParse(picked);
  if (parsed.success) return parsed.data;
  throw new InputError(parsed.error.issues.map((issue) => ({ path: `--${kebab(String(issue.path[0] ?? ''))}`, message: issue.message })));
}

/** checkReplicates → check-replicates: the option as the user typed it. */
function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
