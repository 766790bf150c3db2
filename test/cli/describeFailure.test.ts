import { describe, expect, test } from 'vitest';
import { describeFailure, REPORT_BUGS } from '../../src/cli/describeFailure.js';
import { InputError } from '../../src/io/inputError.js';

const systemError = (code: string, path?: string, syscall?: string) => Object.assign(new Error(`${code}: something`), { code, path, syscall });

describe('describeFailure', () => {
  test.each([
    ['ENOENT', 'no such file or folder'],
    ['EISDIR', 'is a folder, expected a file'],
    ['EACCES', 'permission denied'],
    ['EEXIST', 'already exists'],
    ['EBUSY', 'busy (in use by another program, or a mount point)'],
    ['ENOSPC', 'no space left on the device'],
    ['EPIPE', 'the reader closed the pipe before the output was complete'],
  ])('%s: one line with the path, exit 2', (code, reason) => {
    expect(describeFailure(systemError(code, 'out/report.html', 'open'))).toEqual({ lines: [`livelift: out/report.html: ${reason} (${code}, open)`], exitCode: 2 });
  });

  test('an internal error: one line, where to report it, exit 1, no stack', () => {
    const failure = describeFailure(new TypeError('x is undefined\n    at f (file.js:1:1)'));
    expect(failure).toEqual({ lines: [`livelift: internal error: TypeError: x is undefined; ${REPORT_BUGS}`], exitCode: 1 });
  });

  test('a result too long for one string is the user\'s size, exit 2', () => {
    expect(describeFailure(new RangeError('Invalid string length')).exitCode).toBe(2);
  });

  test('control characters in a message are escaped: one problem stays one line and cannot drive the terminal', () => {
    const failure = describeFailure(new InputError({ file: 'a.csv', path: 'arm', message: 'unknown variant "x\u001b[2J\ny\u009b"' }));
    expect(failure.lines).toEqual(['livelift: a.csv: arm: unknown variant "x\\x1b[2J\\x0ay\\x9b"']);
  });
});
