import { describe, expect, test } from 'vitest';
import { attachNegativeValues } from '../../src/cli/attachNegativeValues.js';

describe('attachNegativeValues', () => {
  test('a negative list, range or number after a long option is its value', () => {
    expect(attachNegativeValues(['sweep', 'p.json', '--values', '-5,10', '--param', 'x'])).toEqual(['sweep', 'p.json', '--values=-5,10', '--param', 'x']);
    expect(attachNegativeValues(['--values', '-5:5:1'])).toEqual(['--values=-5:5:1']);
    expect(attachNegativeValues(['--mde', '-.02'])).toEqual(['--mde=-.02']);
  });

  test('short flags, options with =, the -- separator and option names are left alone', () => {
    const argv = ['-h', '--values=-5,10', '--', '-5', '--json', '--out', 'x', '--seed', '--workers'];
    expect(attachNegativeValues(argv)).toEqual(argv);
  });
});
