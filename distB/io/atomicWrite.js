import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from './inputError.js';
/**
 * Write a file so that readers see either the old content or the new one, never half of it:
 * write a temporary sibling, then rename it over the target (rename is atomic on one filesystem).
 */
export function writeFileAtomic(path, data) {
    const target = resolve(path);
    mkdirSync(dirname(target), { recursive: true });
    const temporary = join(dirname(target), `.${basename(target)}.tmp-${process.pid}`);
    try {
        writeFileSync(temporary, data);
        renameSync(temporary, target);
    }
    catch (error) {
        rmSync(temporary, { force: true });
        throw error;
    }
}
/**
 * Write a whole folder of outputs atomically: fill a temporary sibling folder, then swap it in.
 * An existing folder at `dir` is replaced only after the new one is complete.
 */
export function writeDirAtomic(dir, files) {
    const target = resolve(dir);
    const parent = dirname(target);
    mkdirSync(parent, { recursive: true });
    const temporary = join(parent, `.${basename(target)}.tmp-${process.pid}`);
    const previous = join(parent, `.${basename(target)}.old-${process.pid}`);
    rmSync(temporary, { recursive: true, force: true });
    try {
        for (const [name, content] of Object.entries(files)) {
            const file = join(temporary, name);
            mkdirSync(dirname(file), { recursive: true });
            writeFileSync(file, content);
        }
        if (existsSync(target))
            renameSync(target, previous);
        renameSync(temporary, target);
        rmSync(previous, { recursive: true, force: true });
    }
    catch (error) {
        rmSync(temporary, { recursive: true, force: true });
        if (!existsSync(target) && existsSync(previous))
            renameSync(previous, target);
        throw error;
    }
}
/**
 * Refuse an output path that is one of the inputs (or contains one, for an output folder),
 * so a typo never overwrites a user's data.
 */
export function assertNotInput(outputPath, inputPaths, option) {
    const output = canonical(outputPath);
    for (const input of inputPaths) {
        const inputPath = canonical(input);
        if (inputPath === output || inputPath.startsWith(output + '/')) {
            throw new InputError({
                path: option,
                message: `refusing to write to ${outputPath}: it would overwrite the input ${input}`,
            });
        }
    }
}
function canonical(path) {
    const absolute = resolve(path);
    try {
        return realpathSync(absolute);
    }
    catch {
        return absolute;
    }
}
//# sourceMappingURL=atomicWrite.js.map