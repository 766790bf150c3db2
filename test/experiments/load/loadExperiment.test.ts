/* eslint-disable @typescript-eslint/no-explicit-any -- fixtures are mutated at any depth to build bad inputs */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/io/inputError.js';
import { loadExperiment, parseExperiment } from '../../../src/experiments/load/loadExperiment.js';
import { fixtureJson, fixturePath } from '../helpers.js';

/** The problems an experiment raises, as `path: message` lines. */
function problemsOf(experiment: unknown): string[] {
  try {
    parseExperiment(experiment, { file: 'exp.json', baseDir: fixturePath('') });
  } catch (error) {
    if (error instanceof InputError) return error.problems.map((problem) => `${problem.path}: ${problem.message}`);
    throw error;
  }
  return [];
}

const valid = () => fixtureJson('link-ab.json') as Record<string, any>;

describe('loadExperiment', () => {
  it('loads a file: defaults, base scenario by relative path, arms merged and split per viewer', () => {
    const loaded = loadExperiment(fixturePath('link-ab.json'));
    expect(loaded.base.name).toBe('Small room');
    expect(loaded.scenarioFile).toBe(fixturePath('small-room.json'));
    expect(loaded.arms.map((arm) => arm.name)).toEqual(['pinned', 'popup']);
    expect(loaded.arms[1].treatment).toEqual({ name: 'popup', linkPlacement: 'popup_on_pitch' });
    expect(loaded.arms[1].scenario.link.placement).toBe('popup_on_pitch');
    expect(loaded.arms.map((arm) => arm.identicalToControl)).toEqual([true, false]);
    expect(loaded.experiment.analysis).toMatchObject({ alpha: 0.05, sides: 'two', correction: 'holm', cuped: 'none' });
  });
  it('accepts an inline scenario and the object form of the unit', () => {
    const experiment = { ...valid(), scenario: fixtureJson('small-room.json'), unit: { kind: 'switchback', blockMinutes: 10 } };
    expect(parseExperiment(experiment).experiment.unit).toEqual({ kind: 'switchback', blockMinutes: 10 });
  });
  it('reports a missing file and invalid JSON with line and column', () => {
    expect(() => loadExperiment('/nonexistent/exp.json')).toThrow(/file not found/);
    const dir = mkdtempSync(join(tmpdir(), 'livelift-exp-'));
    writeFileSync(join(dir, 'bad.json'), '{\n  "name": "x",\n  oops\n}');
    expect(() => loadExperiment(join(dir, 'bad.json'))).toThrow(/invalid JSON at line 3, column 3/);
  });
});

describe('bad experiment files: one problem per mistake, with its path', () => {
  it('schema problems: unknown metric, non-positive weight, unknown field, too few arms', () => {
    const experiment = valid();
    experiment.metrics.primary = 'revenue';
    experiment.design.arms[1].weight = 0;
    experiment.design.arms[0].colour = 'red';
    expect(problemsOf(experiment)).toEqual([
      'design.arms[0].colour: unknown field "colour" (check the spelling; see livelift schema)',
      expect.stringMatching(/^design\.arms\[1\]\.weight: .*>0/),
      expect.stringMatching(/^metrics\.primary: .*expected one of "conversion"\|"revenuePerViewer"/),
    ]);
    expect(problemsOf({ ...valid(), design: { kind: 'ab', arms: [{ name: 'only' }] } })).toEqual([expect.stringMatching(/^design\.arms: /)]);
  });
  it('cross-field problems: duplicate arm, unknown control, metric listed twice, too few sessions', () => {
    const experiment = valid();
    experiment.design.arms[1].name = 'pinned';
    experiment.design.control = 'nobody';
    experiment.metrics.secondary = ['conversion', 'revenuePerViewer'];
    experiment.unit = 'session';
    expect(problemsOf(experiment)).toEqual([
      'design.arms[1].name: duplicate arm name "pinned"',
      'design.control: no arm is named "nobody"; expected one of "pinned", "pinned"',
      'metrics.secondary[1]: metric "revenuePerViewer" is already listed at metrics.primary; list each metric once',
      expect.stringMatching(/^sessionsPerArm: with unit "session" every arm needs at least 2 sessions/),
    ]);
  });
  it('an unknown override path, reported inside the arm', () => {
    const experiment = valid();
    experiment.design.arms[1].overrides = { link: { placement: 'popup_on_pitch', colour: 'red' } };
    expect(problemsOf(experiment)).toEqual(['design.arms[1].overrides.link.colour: unknown field "colour" (check the spelling; see livelift schema)']);
  });
  it('an invalid value set by path, and a path that does not exist', () => {
    const experiment = valid();
    experiment.design.arms[1].set = { 'products[0].price': -5, 'plan[9].startMinute': 3 };
    expect(problemsOf(experiment)).toEqual([
      'design.arms[1].set["plan[9].startMinute"]: cannot set "plan[9].startMinute" in the base scenario: index [9] is out of range: the list has 4 item(s)',
    ]);
    experiment.design.arms[1].set = { 'products[0].price': -5 };
    expect(problemsOf(experiment)).toEqual([expect.stringMatching(/^design\.arms\[1\]\.set\["products\[0\]\.price"\]: .*>0/)]);
  });
  it('a cross-field scenario problem caused by an arm, reported at the arm', () => {
    const experiment = valid();
    experiment.unit = 'session';
    experiment.sessionsPerArm = 2;
    experiment.design.arms[1].set = { 'plan[3].endMinute': 90 };
    expect(problemsOf(experiment)).toEqual(['design.arms[1].set["plan[3].endMinute"]: segment ends at minute 90, beyond the session\'s 60 minutes']);
  });
  it('a viewer-randomized arm that changes the host or the plan: use unit session', () => {
    const experiment = valid();
    experiment.design.arms[1].overrides = { host: { charisma: 0.9 } };
    experiment.design.arms[1].set = { 'plan[1].endMinute': 20 };
    expect(problemsOf(experiment)).toEqual([
      expect.stringMatching(/^design\.arms\[1\]\.overrides\.host\.charisma: "host\.charisma" cannot differ between viewers .*use unit "session"/),
      expect.stringMatching(/^design\.arms\[1\]\.set\["plan\[1\]\.endMinute"\]: "plan\[1\]\.endMinute" cannot differ/),
    ]);
    experiment.unit = 'session';
    experiment.sessionsPerArm = 2;
    expect(problemsOf(experiment)).toEqual([]);
  });
  it('problems of an inline scenario carry the scenario. prefix; a bad scenario path names the file', () => {
    const scenario = fixtureJson('small-room.json') as Record<string, any>;
    scenario.session.durationMinutes = -1;
    expect(problemsOf({ ...valid(), scenario })).toEqual([expect.stringMatching(/^scenario\.session\.durationMinutes: /)]);
    expect(() => parseExperiment({ ...valid(), scenario: 'missing.json' }, { baseDir: fixturePath('') })).toThrow(/scenario: the base scenario "missing\.json" was not found \(looked for .*missing\.json;/);
  });
  it('switchback blocks must leave two blocks per arm; CUPED needs the viewer unit', () => {
    expect(problemsOf({ ...valid(), unit: { kind: 'switchback', blockMinutes: 20 } })).toEqual([
      'unit.blockMinutes: a 60-minute session makes 3 block(s) of 20 minutes; 2 arms need at least 4 (two per arm): use shorter blocks',
    ]);
    expect(problemsOf({ ...valid(), unit: 'session', sessionsPerArm: 3, analysis: { cuped: 'willingnessToPay' } })).toEqual([
      'analysis.cuped: CUPED adjusts per-viewer metrics of a viewer-randomized test; with unit "session" use "none"',
    ]);
  });
  it('sweep values are each checked against the scenario', () => {
    const sweep = { ...valid(), design: { kind: 'sweep', parameter: 'products[0].price', values: [99, -1, 99] } };
    expect(problemsOf(sweep)).toEqual(['design.values[2]: value 99 appears twice']);
    sweep.design.values = [99, -1];
    expect(problemsOf(sweep)).toEqual([expect.stringMatching(/^design\.values\[1\]: .*>0/)]);
  });
});
