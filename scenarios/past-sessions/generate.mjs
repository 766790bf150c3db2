// Makes scenarios/past-sessions/viewers.csv: three sessions simulated from a "true" plan that is
// plan.json with its fitted coefficients moved by seeded random factors e^(0.3·Z), Z ~ N(0, 1)
// (the baseline by 0.8·Z on the log-odds scale). The true values are not written anywhere in the
// repository; run this script to see them (it prints them). Needs a build: npm run build.
//   node scenarios/past-sessions/generate.mjs [--print]
import { writeFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LiveSession, VIEWER_CSV_HEADER } from '../../dist/sim/model/index.js';
import { parseScenario } from '../../dist/sim/scenario/index.js';
import { createStream } from '../../dist/sim/random/createStream.js';
import { normal } from '../../dist/sim/random/normal.js';

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const plan = JSON.parse(readFileSync(here('plan.json'), 'utf8'));
const z = normal(createStream(20261202, 0, 'past-sessions.truth'))(0, 1);
const factor = () => Math.exp(0.3 * z());
const truth = structuredClone(plan);
truth.traffic.arrivals.perMinute *= factor() * 1.3;
truth.traffic.followerNotification.openRate *= factor();
for (const segment of truth.audience.segments) {
  const watch = segment.watchTime;
  if (watch.kind === 'exponential') watch.meanMinutes *= factor() * 0.8;
  else watch.medianMinutes *= factor() * 0.8;
  for (const key of ['chatsPerMinute', 'likesPerMinute', 'questionsPerMinute']) segment.engagement[key] *= factor();
}
truth.purchase.baseline += 0.8 * z() + 0.5;
const scenario = parseScenario(truth);
if (process.argv.includes('--print')) console.log(JSON.stringify({ traffic: truth.traffic, audience: truth.audience, purchase: truth.purchase }, null, 2));
const lines = [VIEWER_CSV_HEADER];
for (let replicate = 0; replicate < 3; replicate++) {
  new LiveSession(scenario, { seed: 90210, replicate, exportViewer: (line) => lines.push(line) }).run();
}
writeFileSync(here('viewers.csv'), `${lines.join('\n')}\n`);
console.log(`wrote ${lines.length - 1} viewers of 3 sessions to scenarios/past-sessions/viewers.csv`);
