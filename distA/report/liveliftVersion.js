import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
/**
 * The version in livelift's package.json. Both `src/report/` (tests) and `dist/report/` (the
 * built CLI) sit two folders below the package root.
 */
export function liveliftVersion() {
    cachedVersion ??= readVersion();
    return cachedVersion;
}
let cachedVersion;
function readVersion() {
    const path = fileURLToPath(new URL('../../package.json', import.meta.url));
    const parsed = JSON.parse(readFileSync(path, 'utf8'));
    return typeof parsed.version === 'string' ? parsed.version : 'unknown';
}
//# sourceMappingURL=liveliftVersion.js.map