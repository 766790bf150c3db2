import { existsSync } from 'node:fs';
/**
 * Fonts for the PNG renderer. resvg draws no text at all when it finds no font, so we name one:
 * DejaVu Sans from Debian's `fonts-dejavu-core` (on the Node machine image; `.ci/run` installs it
 * when missing). Loading two known files is faster and more repeatable than scanning every
 * system font; when they are absent we fall back to the system fonts.
 */
export const DEJAVU_DIR = '/usr/share/fonts/truetype/dejavu';
const DEJAVU_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'];
let cached;
export function resvgFontOptions() {
    if (cached)
        return cached;
    const fontFiles = DEJAVU_FILES.map((file) => `${DEJAVU_DIR}/${file}`).filter((path) => existsSync(path));
    const haveDejaVu = fontFiles.length > 0;
    cached = {
        loadSystemFonts: !haveDejaVu,
        fontFiles,
        defaultFontFamily: haveDejaVu ? 'DejaVu Sans' : '',
        sansSerifFamily: haveDejaVu ? 'DejaVu Sans' : 'Arial',
    };
    return cached;
}
//# sourceMappingURL=fonts.js.map