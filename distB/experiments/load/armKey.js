/**
 * What an arm runs, as a string: its scenario and treatment without the labels (names,
 * description). Two arms with the same key simulate identically, so they share simulations and
 * a comparison between them has no true effect.
 */
export function armKey(arm) {
    const { name: _name, ...treatment } = arm.treatment;
    const { name: _scenario, description: _description, $schema: _schema, seed: _seed, ...scenario } = arm.scenario;
    return JSON.stringify({ scenario, treatment });
}
//# sourceMappingURL=armKey.js.map