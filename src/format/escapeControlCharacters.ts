/**
 * Make text safe for a terminal: every control character (C0 except the line feed, DEL, and the C1
 * range U+0080–U+009F, which terminals read as escape sequences) becomes a visible `\xNN` escape,
 * so a variant named `"a\x1b[2J"` in a CSV cannot clear the screen or fake a line of output.
 * A line feed is kept only when `keepLineFeeds` is set (whole outputs); a one-line message escapes it.
 *
 * @example escapeControlCharacters('caf\u0007e') // 'caf\\x07e'
 */
export function escapeControlCharacters(text: string, keepLineFeeds = true): string {
  return text.replace(keepLineFeeds ? CONTROL : CONTROL_AND_LINE_FEED, (character) => `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * JSON text for a terminal or a file, with the same meaning: JSON.stringify already escapes C0
 * characters; DEL and C1 characters (which can only occur inside strings) become `\u00NN`.
 */
export function escapeJsonControlCharacters(json: string): string {
  return json.replace(/[\u007f-\u009f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_AND_LINE_FEED = /[\u0000-\u001f\u007f-\u009f]/g;
