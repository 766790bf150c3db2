import { writeDirAtomic } from '../../src/io/atomicWrite.js';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findActiveContent } from '../../src/report/html/inlineSvg.js';
import type { Report } from '../../src/report/report.js';
import { reportFiles, writeReport } from '../../src/report/writeReport.js';
import { HOSTILE_NAME, galleryReport } from './fixtures/galleryReport.js';

let workDir: string;
let files: Record<string, string | Uint8Array>;
let html: string;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'livelift-report-test-'));
  files = (await reportFiles(galleryReport())).files;
  html = String(files['report.html']);
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('reportFiles', () => {
  it('lays out report.html, result.json, three files per chart and a CSV per table', () => {
    const report = galleryReport();
    const expected = [
      'report.html',
      'result.json',
      ...report.charts.flatMap((chart) => ['vl.json', 'svg', 'png'].map((extension) => `charts/${chart.name}.${extension}`)),
      'tables/funnel.csv',
    ];
    expect(Object.keys(files).sort()).toEqual(expected.sort());
    expect(JSON.parse(String(files['result.json']))).toEqual(report.result);
    expect(JSON.parse(String(files['charts/srm.vl.json']))).toEqual(report.charts.find((chart) => chart.name === 'srm')?.spec);
  });

  it('inlines every chart as SVG with its caption and links to its files', () => {
    const figures = html.match(/<figure class="chart"[^>]*>\n<svg/g) ?? [];
    expect(figures).toHaveLength(galleryReport().charts.length);
    expect(html).toContain('<a href="charts/timeline.vl.json">vega-lite spec</a>');
    expect(html).toContain('<a href="tables/funnel.csv">tables/funnel.csv</a>');
  });

  it('shows a variant named <script>alert(1)</script> as text everywhere', () => {
    expect(html).not.toMatch(/<script/i);
    const escaped = '&lt;script&gt;alert(1)&lt;/script&gt;';
    const count = html.split(escaped).length - 1;
    // Title (twice), summary, warning, table cell, command, input file, exact input, and the SVG texts.
    expect(count).toBeGreaterThanOrEqual(9);
    expect(String(files['charts/funnel.svg'])).toContain(escaped);
    expect(String(files['tables/funnel.csv'])).toContain(HOSTILE_NAME);
  });

  it('keeps a name that tries to break out of an attribute inside it', async () => {
    const report = galleryReport('" onmouseover="alert(1)');
    const small = { ...report, charts: report.charts.filter((chart) => chart.name === 'funnel') };
    const { files: written } = await reportFiles(small);
    const page = String(written['report.html']);
    // The name shows up as text (and as escaped attribute values), never as an attribute.
    expect(findActiveContent(page)).toBeUndefined();
    expect(page).toContain('&quot; onmouseover=&quot;alert(1)');
    expect(page).toContain('>" onmouseover="alert(1)</text>');
  });

  it('loads nothing from outside: no script, link, image or frame, only local links', () => {
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed)\b/i);
    const targets = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((match) => match[1]);
    for (const target of targets) expect(target).toMatch(/^(#|charts\/|tables\/|result\.json$)/);
    expect(html).toContain(`Content-Security-Policy" content="default-src 'none'`);
  });

  it('names the methodology and the exact input, version and seeds', () => {
    expect(html).toContain('<section id="methodology">');
    expect(html).toContain('Two-proportion z-test');
    expect(html).toContain('<dt>Seeds</dt><dd><code>7</code></dd>');
    expect(html).toContain('<dt>Produced by</dt><dd><code>livelift 0.1.0</code></dd>');
    expect(html).toMatch(/<pre id="exact-input">\{\n {2}&quot;name&quot;: &quot;&lt;script&gt;/);
  });

  it('is byte-identical when built twice', async () => {
    const again = (await reportFiles(galleryReport())).files;
    expect(again['report.html']).toBe(html);
    expect(Buffer.from(again['charts/funnel.png']).equals(Buffer.from(files['charts/funnel.png']))).toBe(true);
  });

  it('refuses unsafe or duplicate names and a result without the report kind', async () => {
    const report = galleryReport();
    await expect(reportFiles({ ...report, charts: [{ ...report.charts[0], name: '../x' }] })).rejects.toThrow(/safe file stem/);
    await expect(reportFiles({ ...report, charts: [report.charts[0], report.charts[0]] })).rejects.toThrow(/two entries/);
    await expect(reportFiles({ ...report, result: { kind: 'other' } })).rejects.toThrow(/of kind other, expected gallery/);
  });
});

describe('writeReport', () => {
  /** A small report (two charts) keeps these tests quick. */
  const smallReport = (variant: string): Report => {
    const report = galleryReport(variant);
    return { ...report, charts: report.charts.filter((chart) => chart.name === 'funnel' || chart.name === 'srm') };
  };

  it('writes the folder, and a failing render leaves an existing report untouched', async () => {
    const dir = join(workDir, 'report');
    const written = await writeReport(dir, smallReport('control'));
    expect(written.files).toContain('report.html');
    expect(written.renderWarnings).toEqual([]);
    const before = readFileSync(join(dir, 'report.html'), 'utf8');
    const listing = readdirSync(dir, { recursive: true }).sort();

    const report = smallReport('treatment');
    const broken: Report = { ...report, charts: [{ name: 'broken', title: 'x', caption: 'x', spec: { mark: 'nonsense' } as never }, ...report.charts] };
    await expect(writeReport(dir, broken)).rejects.toThrow();
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe(before);
    expect(readdirSync(dir, { recursive: true }).sort()).toEqual(listing);
    expect(readdirSync(workDir).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('a failing write leaves an existing report untouched and no temporary folder behind', async () => {
    const dir = join(workDir, 'swap');
    await writeReport(dir, smallReport('control'));
    const before = readFileSync(join(dir, 'report.html'), 'utf8');
    // A file name the file system refuses: the write fails after other files of the new folder exist.
    expect(() => writeDirAtomic(dir, { 'report.html': 'new', 'bad\u0000name': 'x' })).toThrow();
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe(before);
    expect(readdirSync(workDir).filter((name) => name.includes('.livelift-tmp-'))).toEqual([]);
  });
});
