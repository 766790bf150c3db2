/**
 * Small rooms for fast power-planning tests: about 5 arrivals a minute for 30 minutes, one
 * product, the link pinned from the start, few chats, no followers, referrals, social proof, crowd or chat
 * effects, no fast-bounce mass or recommendation response (the pool couples viewers through the
 * room's engagement and sales), and no session-level random effects (every session the same world), so viewers decide independently (the textbook setting of the analytic formulas) unless
 * a test switches room effects back on.
 */
export function tinyScenario(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'tiny room',
    session: { durationMinutes: 30, variation: { enabled: false } },
    host: { followers: 0 },
    audience: { segments: [{ id: 'all', share: 1, bounce: { share: 0 }, engagement: { chatsPerMinute: 0.05, likesPerMinute: 0.02, votesPerMinute: 0, questionsPerMinute: 0 } }] },
    traffic: { arrivals: { kind: 'constant', perMinute: 5 }, referral: { shareProbability: 0 }, recommendation: { enabled: false } },
    products: [{ id: 'course', price: 199 }],
    link: { placement: 'pinned', liveFromMinute: 0 },
    purchase: { socialProof: 0, crowd: 0, chatBuzz: 0 },
    ...overrides,
  };
}

/** A two-arm experiment on the tiny room; `treatment` is the second arm's changes. */
export function tinyExperiment(options: {
  unit: 'viewer' | 'session';
  primary: 'conversion' | 'revenuePerViewer';
  treatment: Record<string, unknown>;
  scenario?: Record<string, unknown>;
  sessionsPerArm?: number;
}): Record<string, unknown> {
  return {
    name: `tiny ${options.unit} test`,
    scenario: options.scenario ?? tinyScenario(),
    design: { kind: 'ab', arms: [{ name: 'control' }, { name: 'treatment', ...options.treatment }] },
    unit: options.unit,
    metrics: { primary: options.primary, secondary: [] },
    analysis: { correction: 'none' },
    sessionsPerArm: options.sessionsPerArm ?? 1,
  };
}
