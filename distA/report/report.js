/** Names used as file stems must be safe on every filesystem and in URLs. */
export const REPORT_NAME_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
//# sourceMappingURL=report.js.map