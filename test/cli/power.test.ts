import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { powerCommand, validatePowerArguments, type PowerArguments } from '../../src/cli/commands/power.js';
import { InputError } from '../../src/io/inputError.js';
import { sampleSizeForEffect } from '../../src/stats/index.js';

const defaults: PowerArguments = { relative: false, alpha: 0.05, power: 0.8, sides: 'two', split: '50,50', sequential: false, json: false };

async function runPower(options: Partial<PowerArguments>): Promise<string> {
  const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    await (powerCommand.handler as (argv: object) => Promise<void>)({ ...defaults, ...options, _: [], $0: 'livelift' });
    return write.mock.calls.map((call) => String(call[0])).join('');
  } finally {
    write.mockRestore();
  }
}

describe('livelift power (analytic)', () => {
  it('prints the sample size per arm and in total for an MDE, matching sampleSizeForEffect', async () => {
    const text = await runPower({ kind: 'proportion', baseline: 0.1, mde: 0.05, relative: true });
    const plan = sampleSizeForEffect({ kind: 'proportion', baseline: 0.1, alpha: 0.05, sides: 'two', split: [50, 50] }, { value: 0.05, relative: true }, 0.8);
    expect(text).toContain(`control ${plan.perArm[0].toLocaleString('en-US')} + treatment ${plan.perArm[1].toLocaleString('en-US')} = ${plan.total.toLocaleString('en-US')} units`);
    expect(text).toContain('+5% relative (+0.5 percentage points)');
  });

  it('--json prints one object: sample size, MDE, power and the curve for a given n', async () => {
    const json = JSON.parse(await runPower({ kind: 'mean', baseline: 40, sd: 25, n: 20000, mde: 2, split: '20,80', json: true }));
    expect(json.design).toMatchObject({ kind: 'mean', baseline: 40, sd: 25, split: [20, 80], targetPower: 0.8, sequential: null });
    expect(json.sampleSize.perArm.control * 4).toBeCloseTo(json.sampleSize.perArm.treatment, -1);
    expect(json.mde.absolute).toBeGreaterThan(0);
    expect(json.power).toBeGreaterThan(0.8);
    const curve = json.curve.map((point: { power: number }) => point.power);
    expect(curve).toEqual([...curve].sort((a, b) => a - b));
    expect(json.curve.find((point: { effect: { absolute: number } }) => point.effect.absolute === json.mde.absolute).power).toBeCloseTo(0.8, 9);
  });

  it('--sequential needs more units than the fixed-horizon plan', async () => {
    const json = JSON.parse(await runPower({ kind: 'proportion', baseline: 0.1, mde: 0.02, sequential: true, tuning: 2000, json: true }));
    expect(json.design.sequential).toEqual({ tuning: 2000 });
    expect(json.sampleSize.total).toBeGreaterThan(json.sampleSize.fixedHorizonTotal);
    expect(json.sampleSize.inflation).toBeGreaterThan(1);
  });

  it('bad options give one message per problem, each naming its option', () => {
    const problems = (options: Partial<PowerArguments>): string[] => {
      try {
        validatePowerArguments({ ...defaults, ...options });
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        return (error as InputError).problems.map((p) => `${p.path}: ${p.message}`);
      }
      return [];
    };
    expect(problems({ baseline: 0.1, mde: 0.1 })).toEqual(['--kind: is required: proportion or mean']);
    expect(problems({ kind: 'proportion', baseline: 1.5, mde: 0, alpha: 2, split: '1' })).toHaveLength(4);
    expect(problems({ kind: 'mean', baseline: 3, mde: 1 })[0]).toMatch(/^--sd:/);
    expect(problems({ kind: 'proportion', baseline: 0.1 })[0]).toMatch(/^--mde: give --mde/);
    expect(problems({ kind: 'proportion', baseline: 0.9, mde: 0.2 })[0]).toMatch(/^--mde: the treatment rate .* is outside \(0, 1\)/);
    expect(problems({ kind: 'proportion', baseline: 0.1, mde: 0.1, tuning: 100 })).toEqual(['--tuning: needs --sequential']);
    expect(problems({ kind: 'proportion', baseline: 0.1, n: 10.5 })[0]).toMatch(/^--n:/);
    expect(problems({ kind: 'proportion', baseline: 0.1, mde: 0.01 })).toEqual([]);
  });

  const main = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'cli', 'main.js');
  it.skipIf(!existsSync(join(dirname(main), 'commands', 'power.js')))('exits with code 2 and names the option on bad input (built CLI)', () => {
    const run = spawnSync(process.execPath, [main, 'power', '--kind', 'proportion', '--baseline', '2', '--mde', '0.1'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('livelift: --baseline: a conversion rate must be in (0, 1), got 2');
    expect(run.stdout).toBe('');
  });
});
