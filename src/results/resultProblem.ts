import { RESULT_SCHEMAS, type ResultKind } from './resultSchemas.js';
import { resultKind } from './resultKind.js';

/**
 * The first way a result (as its JSON reads back) breaks its kind's schema, as `path: message`;
 * undefined when it conforms, or when it names no kind with a schema (the analytic power plan is
 * a table of sizes, not a saved result). The command flow calls this before anything is printed
 * or written: a result that fails is a bug in livelift, not in the user's input.
 */
export function resultProblem(result: unknown): string | undefined {
  const kind = resultKind(result);
  if (typeof kind !== 'string' || !Object.hasOwn(RESULT_SCHEMAS, kind)) return undefined;
  const parsed = RESULT_SCHEMAS[kind as ResultKind].safeParse(result);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '');
  return `the ${kind} result does not match its schema (src/results) at ${path === '' ? '(root)' : path}: ${issue.message}`;
}
