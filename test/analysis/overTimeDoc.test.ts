import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runAnalyzeCommand } from '../../src/cli/commands/analyze.js';

// docs/analyze.md's worked example of `--date` is what the command prints, character for character.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const doc = readFileSync(join(ROOT, 'docs', 'analyze.md'), 'utf8');
const section = doc.slice(doc.indexOf('## Over time (`--date COL`)'));
const block = /```\n\$ livelift (analyze [^\n]+)\n([\s\S]*?)```/.exec(section);

describe('docs/analyze.md: the --date worked example', () => {
  it('is printed exactly by the command it shows', async () => {
    expect(block, 'the example block').not.toBeNull();
    const [, command, shown] = block!;
    const words = command.split(' ').slice(1);
    const raw: Record<string, unknown> = { file: words[0] };
    for (let i = 1; i < words.length; i += 2) raw[words[i].slice(2)] = words[i + 1];
    const previous = process.cwd();
    process.chdir(ROOT);
    try {
      expect(await runAnalyzeCommand(raw)).toBe(shown);
    } finally {
      process.chdir(previous);
    }
  });
});
