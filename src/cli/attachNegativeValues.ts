/**
 * `--values -5,10` as a user types it: yargs reads `-5,10` as short flags (`-5`, `-,`…) and fails
 * with "Unknown argument: 5". A token that starts with a minus sign and a digit or a dot, after a
 * long option without `=`, is that option's value, so it is attached: `--values=-5,10`.
 * (`-5` alone already parses as a number; lists and ranges such as `-5:5:1` need this.)
 *
 * @example attachNegativeValues(['sweep', 'p.json', '--values', '-5,10']) // ['sweep', 'p.json', '--values=-5,10']
 */
export function attachNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index];
    const next = argv[index + 1];
    if (/^--[^-=][^=]*$/.test(token) && next !== undefined && /^-[\d.]/.test(next)) {
      out.push(`${token}=${next}`);
      index++;
    } else out.push(token);
  }
  return out;
}
