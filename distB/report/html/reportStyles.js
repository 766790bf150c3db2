/** The report's only stylesheet, inlined: system fonts, readable width, print-friendly. */
export const REPORT_STYLES = `
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; color: #1a1a1a; background: #ffffff;
  margin: 0 auto; padding: 24px 32px 48px; max-width: 1180px; line-height: 1.5; font-size: 15px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 36px 0 12px; border-bottom: 1px solid #d9d9d9; padding-bottom: 4px; }
h3 { font-size: 16px; margin: 24px 0 8px; }
.meta { color: #555555; margin: 0; }
nav ul { list-style: none; padding: 0; display: flex; gap: 18px; flex-wrap: wrap; }
a { color: #0060a0; }
.warnings li { color: #8a3b00; }
figure.chart { margin: 0 0 28px; padding: 12px; border: 1px solid #e3e3e3; border-radius: 6px; overflow-x: auto; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: 14px; color: #333333; margin-top: 8px; }
figcaption .files { color: #555555; font-size: 13px; }
table { border-collapse: collapse; margin: 8px 0 4px; font-size: 14px; }
th, td { border-bottom: 1px solid #e3e3e3; padding: 4px 12px; text-align: left; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
th { background: #f4f4f4; }
.table-wrap { overflow-x: auto; }
dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; }
dl.provenance dt { font-weight: bold; }
dl.provenance dd { margin: 0; }
pre { background: #f6f6f6; padding: 12px; overflow-x: auto; font-size: 12px; line-height: 1.4; }
code { font-size: 13px; }
footer { margin-top: 40px; color: #666666; font-size: 13px; }
@media print { figure.chart { break-inside: avoid; } nav { display: none; } }
`;
//# sourceMappingURL=reportStyles.js.map