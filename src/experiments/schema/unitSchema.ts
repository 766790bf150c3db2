import { z } from 'zod';
import { positive, required, withDefault } from '../../sim/scenario/field.js';

/**
 * The randomization unit decides what a real test can prove:
 * - viewer: arms share one live room, each viewer gets the arm's price, link placement or coupon;
 *   social proof and room state leak between arms (interference), as in reality;
 * - session: each arm runs its own sessions (host strategy, plan, pitch policy), analyzed at the
 *   session level (cluster-robust), never naively per viewer;
 * - switchback: arrivals are assigned to arms by time block (blocks shuffled per session); a viewer
 *   keeps the treatment of the block they arrived in, so viewers of several arms share the room
 *   after a block changes; analyzed at the block level.
 */
export const UnitSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('viewer').describe('Each viewer is randomized to an arm inside one shared room.') }),
    z.strictObject({ kind: z.literal('session').describe('Each session is randomized to an arm.') }),
    z.strictObject({
      kind: z
        .literal('switchback')
        .describe(
          'Arrivals are assigned to arms by time block within each session; a viewer keeps the treatment of the block they arrived in, ' +
            'so the room is not switched as a whole: viewers of the previous block stay on their arm.',
        ),
      blockMinutes: required(positive(), 'Length of one time block; the session is cut into blocks of this length (the last may be shorter).', 'minutes'),
    }),
  ])
  .describe('Randomization unit: viewer, session, or switchback (time blocks).');

export type Unit = z.output<typeof UnitSchema>;

export const DEFAULT_UNIT: Unit = { kind: 'viewer' };

/** `unit` accepts the short form "viewer" / "session" as well as the object form. */
export const UnitFieldSchema = withDefault(
  z.union([z.enum(['viewer', 'session']).transform((kind): Unit => ({ kind })), UnitSchema]),
  DEFAULT_UNIT,
  'Randomization unit: "viewer", "session", or {"kind": "switchback", "blockMinutes": 10}.',
);
