import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkMinutes } from '../../src/fit/checkMinutes.js';
import { readMinutes, readViewers } from '../../src/fit/index.js';
import { InputError } from '../../src/io/inputError.js';
import { exportSessionsWithMinutes, smallPlan } from './fitFixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'livelift-fit-minutes-'));
const plan = smallPlan({ traffic: { referral: { shareProbability: 0.3 } } });
const viewers = join(dir, 'viewers.csv');
const minutes = join(dir, 'minutes.csv');
exportSessionsWithMinutes(plan, 17, 3, viewers, minutes);
const data = readViewers([viewers], plan);

let edits = 0;

/** The per-minute file with `edit` applied to the data row `row` (1-based, as errors count rows). */
function edited(row: number, edit: (fields: string[]) => void): string {
  const lines = readFileSync(minutes, 'utf8').trimEnd().split('\n');
  const fields = lines[row].split(',');
  edit(fields);
  lines[row] = fields.join(',');
  const file = join(dir, `edited-${++edits}.csv`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function problem(file: string) {
  try {
    checkMinutes([file], data, 40);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).problems[0];
  }
  throw new Error('no contradiction found');
}

describe('--minutes against --viewers of the same sessions', () => {
  test('the simulator\'s own per-minute series and per-viewer export agree: every session checked', () => {
    readMinutes([minutes], 40);
    expect(checkMinutes([minutes], data, 40)).toBe(3);
  });

  test('an arrival moved to another minute: refused, naming the file, row and column', () => {
    const file = edited(5, (fields) => (fields[2] = String(Number(fields[2]) + 1)));
    expect(problem(file)).toMatchObject({ file, row: 5, path: 'arrivals' });
  });

  test('an order too many or too few: refused at the orders column', () => {
    const more = edited(30, (fields) => (fields[3] = String(Number(fields[3]) + 1)));
    expect(problem(more)).toMatchObject({ file: more, path: 'orders' });
    // Orders taken away from a minute with orders: fewer orders than viewers had bought by then.
    const lines = readFileSync(minutes, 'utf8').trimEnd().split('\n');
    const row = lines.findIndex((line, i) => i > 0 && Number(line.split(',')[3]) > 0);
    const fewer = edited(row, (fields) => (fields[3] = '0'));
    expect(problem(fewer)).toMatchObject({ file: fewer, row, path: 'orders' });
  });

  test('revenue that does not add up: refused at the revenue column', () => {
    const file = edited(30, (fields) => (fields[4] = String(Number(fields[4]) + 50)));
    expect(problem(file)).toMatchObject({ file, path: 'revenue' });
  });

  test('sessions without a per-viewer counterpart are not checked', () => {
    const other = join(dir, 'other.csv');
    writeFileSync(other, 'replicate,minute,orders,revenue\n7,0,1,199\n');
    expect(checkMinutes([other], data, 40)).toBe(0);
  });
});
