import type { Scenario } from '../scenario/index.js';
import { buildRunResult } from './buildRunResult.js';
import { LiveSession, type SessionOptions } from './LiveSession.js';
import type { RunResult } from './RunResult.js';

/** Simulate one session of a validated scenario and return its result. */
export function runSession(scenario: Scenario, options: SessionOptions): RunResult {
  return buildRunResult(new LiveSession(scenario, options).run());
}
