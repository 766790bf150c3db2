import { describe, expect, it } from 'vitest';
import { textTable } from '../../src/format/textTable.js';

describe('textTable: the one text-table printer', () => {
  it('right-aligns numeric cells, left-aligns words, underlines the header and trims trailing spaces', () => {
    expect(textTable([['arm', 'revenue', 'note'], ['control', '1,234.5', ''], ['b', '−12.3%', 'best']])).toEqual([
      'arm      revenue  note',
      '-------  -------  ----',
      'control  1,234.5',
      'b         −12.3%  best',
    ]);
  });

  it('first-left: first column left, every other right, no rule, with an indent', () => {
    expect(textTable([['metric', 'mean'], ['viewers', '12'], ['conversion', '3.45%']], { align: 'first-left', underline: false, indent: '  ' })).toEqual([
      '  metric       mean',
      '  viewers        12',
      '  conversion  3.45%',
    ]);
  });

  it('pads short rows as empty cells and returns nothing for no rows', () => {
    expect(textTable([['a', 'b', 'c'], ['1']], { underline: false })).toEqual(['a  b  c', '1']);
    expect(textTable([])).toEqual([]);
  });
});
