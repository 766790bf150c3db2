import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseExperiment, type LoadedExperiment } from '../../src/experiments/load/loadExperiment.js';

/** Path of a file in test/experiments/fixtures/. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

/** A parsed copy of a JSON fixture. */
export function fixtureJson(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(fixturePath(name), 'utf8')) as Record<string, unknown>;
}

/**
 * The tiny room (about 5 arrivals a minute for 30 minutes) with its arrival rate and purchase
 * coefficients changed: the base of the fast statistical checks.
 */
export function tinyRoom(change: { perMinute?: number; purchase?: Record<string, unknown> } = {}): Record<string, unknown> {
  const scenario = fixtureJson('tiny-room.json') as { traffic: { arrivals: { perMinute: number } }; purchase?: Record<string, unknown> };
  if (change.perMinute !== undefined) scenario.traffic.arrivals.perMinute = change.perMinute;
  scenario.purchase = { ...(scenario.purchase ?? {}), ...(change.purchase ?? {}) };
  return scenario as unknown as Record<string, unknown>;
}

/** Room coupling switched off: viewers of one room no longer influence each other. */
export const NO_COUPLING = { socialProof: 0, crowd: 0, chatBuzz: 0 };

/** An experiment object with an inline scenario, loaded as a file would be. */
export function inlineExperiment(experiment: Record<string, unknown>): LoadedExperiment {
  return parseExperiment({ name: 'test', ...experiment });
}

/** A 2 × 3 factorial: a coupon (none, 30 off) crossed with the link (pinned, popup on pitch, pinned again: a null level). */
export const COUPON_LINK_FACTORIAL = {
  kind: 'factorial',
  factors: [
    { name: 'coupon', levels: [{ name: 'none' }, { name: 'c30', coupon: { value: 30, adEffect: 0.3 } }] },
    { name: 'link', levels: [{ name: 'pinned' }, { name: 'popup', overrides: { link: { placement: 'popup_on_pitch' } } }, { name: 'pinned2', overrides: { link: { placement: 'pinned' } } }] },
  ],
};
