import { readFileSync } from 'node:fs';
let cached;
/** The livelift version from package.json (two folders above both src/sim and dist/sim). */
export function liveliftVersion() {
    if (cached === undefined) {
        const text = readFileSync(new URL('../../../package.json', import.meta.url), 'utf8');
        cached = String(JSON.parse(text).version ?? 'unknown');
    }
    return cached;
}
//# sourceMappingURL=version.js.map