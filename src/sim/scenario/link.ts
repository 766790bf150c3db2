import { z } from 'zod';
import { nonNegative, optional, withDefault } from './field.js';
import { LINK_PLACEMENTS, LINK_PLACEMENT_NAMES } from './linkPlacement.js';

const placementTable = Object.entries(LINK_PLACEMENTS)
  .map(([name, p]) => `${name} (ad effect ${p.adEffect}, notice ${p.noticePerMinute}/min, annoyance ${p.annoyance})`)
  .join('; ');

/** Where and from when the purchase link is shown. Formulas: docs/model.md § Purchase link. */
export const LinkSchema = z
  .strictObject({
    placement: withDefault(z.enum(LINK_PLACEMENT_NAMES), 'pinned', `How the link is shown. Defaults per placement: ${placementTable}.`),
    liveFromMinute: optional(
      nonNegative(),
      'When the link goes live (the host pins it; every viewer present then decides, see purchase.triggers.linkLive). ' +
        'Leave out to go live with the first pitch or flash sale (or at the start if there is none). Ignored for popup_on_pitch.',
      'minutes',
    ),
    productId: optional(z.string(), 'Product the link shows when no pitch or sale names one. Leave out to follow pitchPolicy.'),
    adEffect: optional(z.number().finite(), 'Override of the placement\'s ad effect while the link is live (for this placement only: an experiment arm that switches placement uses the other placement\'s default).', 'log-odds'),
    noticePerMinute: optional(nonNegative(), 'Override of how often a viewer notices the live link (for this placement only: an experiment arm that switches placement uses the other placement\'s default).', 'per viewer per minute'),
    annoyance: optional(nonNegative(), 'Override of the extra leaving while the link is live (0.1 = patience runs out 10% faster) (for this placement only: an experiment arm that switches placement uses the other placement\'s default).', 'fraction'),
  })
  .describe('Purchase link placement.');

export type Link = z.output<typeof LinkSchema>;
