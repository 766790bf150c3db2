import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseColumnMap, readViewers } from '../../src/fit/index.js';
import { inputErrorOf } from '../support/inputErrorOf.js';
import { smallPlan } from './fitFixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'livelift-fit-read-'));
const plan = smallPlan();
const HEADER = 'replicate,source,segment,arrival_s,departure_s,left_by,chats,likes,votes,questions,clicked,orders,revenue';
const GOOD = '0,organic,casual,10,200,patience,1,0,0,0,0,0,0';

function file(name: string, ...lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

describe('readViewers', () => {
  test('reads sessions from the replicate column and from several files; optional columns may be missing', () => {
    const a = file('a.csv', HEADER, GOOD, '1,followers,keen,0,2400,session_end,3,1,0,1,1,1,199');
    const b = file('b.csv', 'arrival_s,departure_s,segment', '5,65,casual');
    const data = readViewers([a, b], plan);
    expect(data.sessions.map((s) => [s.replicate, s.viewers])).toEqual([['0', 1], ['1', 1], ['', 1]]);
    expect(data.acts).toBeNull();
    expect(Array.from(data.source)).toEqual([0, 1, 0]);
    expect(Array.from(data.leftBy)).toEqual([0, 2, 0]);
  });

  test('--columns maps names and units: minutes become seconds', () => {
    const path = file('platform.csv', 'user,enter_min,leave_min,segment', 'u1,1.5,3,keen');
    const data = readViewers([path], plan, parseColumnMap('arrival_s=enter_min:min,departure_s=leave_min:min'));
    expect([data.arrival[0], data.departure[0]]).toEqual([90, 180]);
  });

  const cases: [string, string[], RegExp][] = [
    ['missing column', ['source,segment,departure_s', 'organic,casual,10'], /arrival_s: no such column/],
    ['leave before enter', [HEADER, GOOD, '0,organic,casual,100,50,patience,0,0,0,0,0,0,0'], /\(row 2\): the viewer leaves \(50 s\) before entering/],
    ['time beyond the plan', [HEADER, '0,organic,casual,10,2500,patience,0,0,0,0,0,0,0'], /departure_s \(row 1\): departure 2500 s is after the plan's end \(2400 s\)/],
    ['number that does not parse', [HEADER, '0,organic,casual,ten,20,patience,0,0,0,0,0,0,0'], /arrival_s \(row 1\): "ten" is not a number/],
    ['unknown segment', [HEADER, '0,organic,pros,10,20,patience,0,0,0,0,0,0,0'], /segment \(row 1\): unknown audience segment "pros"/],
    ['a session with no viewers', [HEADER], /a session with no viewers/],
  ];
  test.each(cases)('%s: one InputError naming the file and row', (name, lines, message) => {
    const path = file(`${name.replace(/ /g, '-')}.csv`, ...lines);
    const error = inputErrorOf(() => readViewers([path], plan));
    expect(error.message).toMatch(message);
    expect(error.message).toContain(path);
  });

  test('--columns: an unknown column or unit is an InputError on --columns', () => {
    expect(inputErrorOf(() => parseColumnMap('enter=join')).message).toMatch(/--columns: unknown column "enter"/);
    expect(inputErrorOf(() => parseColumnMap('arrival_s=join:days')).message).toMatch(/unknown unit "days"/);
  });
});
