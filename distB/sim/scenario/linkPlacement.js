/**
 * The four ways the purchase link can be shown, with their default ad effect (log-odds added to
 * the purchase odds while the link is live), how often a viewer notices it, and how much it
 * annoys (a fractional increase in how fast viewers lose patience while it is live).
 * These are the defaults behind `link.adEffect`, `link.noticePerMinute` and `link.annoyance`.
 */
export const LINK_PLACEMENTS = {
    /** Pinned at the top of the chat: always visible, mildly intrusive. */
    pinned: { adEffect: 0.5, noticePerMinute: 0.5, annoyance: 0.05, onlyDuringPitch: false },
    /** A pop-up card during pitches and flash sales only: strong but intrusive, invisible otherwise. */
    popup_on_pitch: { adEffect: 0.7, noticePerMinute: 0.3, annoyance: 0.15, onlyDuringPitch: true },
    /** Only in the room description: costs nothing, rarely seen. */
    description_only: { adEffect: 0.1, noticePerMinute: 0.05, annoyance: 0, onlyDuringPitch: false },
    /** A shopping-cart bubble in the corner: seen fairly often, hardly annoying. */
    cart_bubble: { adEffect: 0.3, noticePerMinute: 0.3, annoyance: 0.02, onlyDuringPitch: false },
};
export const LINK_PLACEMENT_NAMES = Object.keys(LINK_PLACEMENTS);
//# sourceMappingURL=linkPlacement.js.map