import { runSession, type RunResult } from '../model/index.js';
import type { Scenario } from '../scenario/index.js';
import { ViewerCsvWriter } from './ViewerCsvWriter.js';

/**
 * Replicate `replicate` of a scenario under `seed`: every random stream is derived from
 * (seed, replicate, stream name), so a replicate can be re-run alone and gives the same result in
 * any process or worker. With `viewerFile`, each viewer's CSV line is streamed to that file as the
 * viewer leaves (no header; see VIEWER_CSV_HEADER).
 */
export function runReplicate(scenario: Scenario, seed: number, replicate: number, viewerFile?: string): RunResult {
  if (viewerFile === undefined) return runSession(scenario, { seed, replicate });
  const writer = new ViewerCsvWriter(viewerFile);
  try {
    return runSession(scenario, { seed, replicate, exportViewer: (line) => writer.write(line) });
  } finally {
    writer.close();
  }
}
