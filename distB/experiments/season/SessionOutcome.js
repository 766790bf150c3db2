/** Field names of a session outcome's numbers, in a fixed order (CSV columns, compact arrays). */
export const SESSION_OUTCOME_FIELDS = [
    'revenue',
    'orders',
    'viewers',
    'returningViewers',
    'buyers',
    'returningBuyers',
    'returningRevenue',
    'newFollowers',
    'expectedReturning',
];
//# sourceMappingURL=SessionOutcome.js.map