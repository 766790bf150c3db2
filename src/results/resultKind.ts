/**
 * The kind of a saved result: its `kind` field, or for results that name their producing command
 * instead (`livelift: { command: "simulate" }`) the kind that command produces.
 */
export function resultKind(result: unknown): unknown {
  if (result === null || typeof result !== 'object') return undefined;
  const { kind, livelift } = result as { kind?: unknown; livelift?: { command?: unknown } };
  if (kind !== undefined) return kind;
  const command = livelift?.command;
  return typeof command === 'string' && Object.hasOwn(COMMAND_KINDS, command) ? COMMAND_KINDS[command] : undefined;
}

const COMMAND_KINDS: Readonly<Record<string, string>> = { simulate: 'simulation', analyze: 'analysis' };
