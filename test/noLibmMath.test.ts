import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Code that can run in the browser computes elementary functions with src/math, never with the
// engine's Math.exp & co.: V8 versions differ in their last bits (Node 20 vs Chromium), and the
// standard is byte-identical results in Node and in the browser. src/math ports Node 20's fdlibm
// exactly (test/math/matchesNodeMath.test.ts). Math.sqrt, abs, floor… are exact and stay allowed.
// A test rather than an ESLint rule, like test/noMathRandom.test.ts: it must allow x ** 2 and literal
// ** literal but refuse every other `**`, which a property ban cannot say.
const SOURCE = fileURLToPath(new URL('../src/', import.meta.url));
const GUARDED = ['sim', 'stats', 'analysis', 'experiments', 'report', 'web'];
const MEMBERS = ['exp', 'expm1', 'log', 'log1p', 'log2', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'cbrt', 'pow', 'hypot'];
const MATH_MEMBER = new RegExp(`\\bMath\\s*(?:\\.\\s*(${MEMBERS.join('|')})\\b|\\[)`);
/**
 * `a ** b` is Math.pow, except where every engine gives the same bits: x ** 2 (V8 computes x * x
 * in every tier and version) and literal ** literal (folded at compile time, e.g. 2 ** 32).
 */
const POWER = /\*\*/g;
const ALLOWED_POWER = /^\s*2\b(?![.\w])|^\s*\d+\s*(?:-|\)|,|;|$)/;

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Each forbidden use in `text`, as "line: code", comments and strings aside. */
function forbiddenUses(text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\/\/.*$/, '').replace(/'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`|"(?:[^"\\]|\\.)*"/g, "''");
    if (/^\s*(\/\*|\*)/.test(line)) return;
    if (MATH_MEMBER.test(line)) found.push(`${index + 1}: ${raw.trim()}`);
    for (const match of line.matchAll(POWER)) {
      const before = line.slice(0, match.index);
      const after = line.slice(match.index + 2);
      const literalBase = /(?:^|[^\w.)\]])\d+\s*$/.test(before);
      if (ALLOWED_POWER.test(after) && (literalBase || /^\s*2\b(?![.\w])/.test(after))) continue;
      found.push(`${index + 1}: ${raw.trim()}`);
    }
  });
  return found;
}

describe('no engine libm (Math.exp, Math.pow, **…) in code that runs in the browser: use src/math', () => {
  it('finds the guarded folders', () => {
    for (const folder of GUARDED) expect(filesUnder(join(SOURCE, folder)).length).toBeGreaterThan(0);
  });

  for (const folder of GUARDED) {
    it(`src/${folder} imports them from src/math instead`, () => {
      const offenders = filesUnder(join(SOURCE, folder)).flatMap((file) => forbiddenUses(readFileSync(file, 'utf8')).map((use) => `${file.slice(SOURCE.length)}:${use}  (import it from src/math)`));
      expect(offenders).toEqual([]);
    });
  }

  it('catches the usual spellings and lets the exact ones through', () => {
    for (const text of ['Math.exp(x)', 'Math . log1p(u)', "Math['sin'](t)", 'a ** b', 'x ** 0.5', 'x ** 3', '2 ** k', '(a - b) ** 1.5'])
      expect(forbiddenUses(text), text).toHaveLength(1);
    for (const text of ['Math.sqrt(x)', 'Math.max(a, b)', 'exp(x)', '(a - b) ** 2', 'x ** 2 + y ** 2', '2 ** 32 - 1', 'const LIMIT = 2 ** 24;', '/** doc */', ' * Math.exp in a comment', "'** SAMPLE RATIO MISMATCH **'"])
      expect(forbiddenUses(text), text).toEqual([]);
  });
});
