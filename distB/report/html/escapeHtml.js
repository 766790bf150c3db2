/**
 * Escape text for HTML element content and double- or single-quoted attribute values. Every
 * string that comes from an input (scenario, variant and column names) passes through here, so a
 * variant named `<script>alert(1)</script>` is shown as text.
 */
export function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}
const ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
//# sourceMappingURL=escapeHtml.js.map