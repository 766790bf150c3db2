import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Environment, type EventHandler } from '../../../src/sim/kernel/index.js';

// The example in docs/kernel.md is this region, verbatim, and its output is the block after it.
function example(): string[] {
  // #region example
  const log: string[] = [];
  const env = new Environment();

  // Hot path: a module-level handler and an integer target; nothing is allocated per event.
  const onChat: EventHandler = (env, viewer) => {
    log.push(`${env.now}s viewer ${viewer} chats`);
  };

  // Readable script: a generator process that yields delays in seconds.
  function* host(): Generator<number, void, unknown> {
    log.push(`${env.now}s host pins the link`);
    yield 600;
    log.push(`${env.now}s flash sale starts`);
  }

  env.schedule(30, onChat, 7);
  env.schedule(30, onChat, 8); // same time and priority: after viewer 7 (FIFO)
  env.schedule(30, onChat, 9, -1); // same time, smaller priority: first
  const cancelled = env.schedule(45, onChat, 10);
  env.cancel(cancelled);
  env.process(host());
  env.run({ until: 3600 });
  log.push(`now = ${env.now}, events = ${env.eventsProcessed}`);
  // #endregion example
  return log;
}

const doc = readFileSync(new URL('../../../docs/kernel.md', import.meta.url), 'utf8');

function region(): string {
  const source = readFileSync(new URL(import.meta.url), 'utf8');
  const body = source.split('// #region example\n')[1].split('  // #endregion example')[0];
  return body.replace(/^ {2}/gm, '');
}

describe('docs/kernel.md example', () => {
  it('shows this test’s code verbatim', () => {
    expect(doc).toContain(region());
  });

  it('prints the output the document shows', () => {
    const output = example().join('\n');
    expect(output).toBe(
      [
        '0s host pins the link',
        '30s viewer 9 chats',
        '30s viewer 7 chats',
        '30s viewer 8 chats',
        '600s flash sale starts',
        'now = 3600, events = 5',
      ].join('\n'),
    );
    expect(doc).toContain(`\`\`\`text\n${output}\n\`\`\``);
  });
});
