/**
 * The first syntax error of JSON text (RFC 8259), found by a small recursive-descent scanner: its
 * character offset and what was wrong, or null when the text is valid JSON. It exists so that
 * where an error is does not depend on the JavaScript engine's message (Node 20 says "at position
 * N"; Chromium and newer Node phrase it differently or not at all). One linear pass; the depth of
 * nesting is bounded by an explicit stack, not by recursion.
 *
 * @example jsonSyntaxError('{"a": 1,}') // { offset: 8, message: 'expected a string key in double quotes, found "}"' }
 */
export function jsonSyntaxError(text: string): { offset: number; message: string } | null {
  let i = 0;
  const n = text.length;
  const fail = (message: string, at = i) => ({ offset: at, message });
  const found = () => (i >= n ? 'the end of the text' : `"${text[i]}"`);
  const skipSpace = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  /** A string starting at text[i] === '"'; null when good (i after the closing quote). */
  const string = () => {
    const start = i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return null;
      }
      if (c < 0x20) return fail('a control character (a raw line break or tab) inside a string; write it as \\n or \\t');
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(i + 2, i + 6))) return fail('\\u must be followed by four hexadecimal digits');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return fail(e === undefined ? 'unterminated string (no closing double quote)' : `unknown escape "\\${e}"`, e === undefined ? n : i + 1);
      } else i++;
    }
    return fail(`unterminated string (no closing double quote for the one at offset ${start})`, n);
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (text[i] >= '1' && text[i] <= '9') while (text[i] >= '0' && text[i] <= '9') i++;
    else return fail(`expected a digit, found ${found()}`);
    if (text[i] === '.') {
      i++;
      if (!(text[i] >= '0' && text[i] <= '9')) return fail(`expected a digit after the decimal point, found ${found()}`);
      while (text[i] >= '0' && text[i] <= '9') i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!(text[i] >= '0' && text[i] <= '9')) return fail(`expected a digit in the exponent, found ${found()}`);
      while (text[i] >= '0' && text[i] <= '9') i++;
    }
    return null;
  };
  // Containers still open: '{' or '['; after a value, what may follow depends on the top.
  const stack: string[] = [];
  for (;;) {
    // Expect a value.
    skipSpace();
    const c = text[i];
    let problem: { offset: number; message: string } | null = null;
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      skipSpace();
      if (c === '{' && text[i] === '}') i++;
      else if (c === '[' && text[i] === ']') i++;
      else {
        if (c === '{') {
          if (text[i] !== '"') return fail(`expected a string key in double quotes, found ${found()}`);
          problem = string() ?? colon();
          if (problem !== null) return problem;
        }
        continue;
      }
      stack.pop();
    } else if (c === '"') problem = string();
    else if (c === '-' || (c >= '0' && c <= '9')) problem = number();
    else if (c === 't' || c === 'f' || c === 'n') {
      const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
      for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) return fail(`expected ${word}, found ${found()}`);
    } else return fail(i >= n ? 'unexpected end of the text (a value is missing)' : `expected a value, found ${found()}`);
    if (problem !== null) return problem;
    // After a value: close containers or go on to the next element.
    for (;;) {
      skipSpace();
      const top = stack[stack.length - 1];
      if (top === undefined) return i >= n ? null : fail(`unexpected ${found()} after the end of the JSON value`);
      const close = top === '{' ? '}' : ']';
      if (text[i] === close) {
        stack.pop();
        i++;
        continue;
      }
      if (text[i] !== ',') return fail(i >= n ? `unexpected end of the text (missing "${close}")` : `expected "," or "${close}", found ${found()}`);
      i++;
      if (top === '{') {
        skipSpace();
        if (text[i] !== '"') return fail(`expected a string key in double quotes, found ${found()}`);
        const keyProblem = string() ?? colon();
        if (keyProblem !== null) return keyProblem;
      }
      break;
    }
  }

  function colon() {
    skipSpace();
    if (text[i] !== ':') return fail(`expected ":" after the key, found ${found()}`);
    i++;
    return null;
  }
}
