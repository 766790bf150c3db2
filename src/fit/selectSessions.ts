import type { ViewerData } from './ViewerData.js';

/** The viewers of the sessions `keep` accepts (by index), sessions renumbered in order. */
export function selectSessions(data: ViewerData, keep: (session: number) => boolean): ViewerData {
  const newIndex = new Int32Array(data.sessions.length).fill(-1);
  const sessions = data.sessions.filter((_, s) => keep(s));
  let next = 0;
  data.sessions.forEach((_, s) => {
    if (keep(s)) newIndex[s] = next++;
  });
  const rows: number[] = [];
  for (let v = 0; v < data.count; v++) if (newIndex[data.session[v]] >= 0) rows.push(v);
  const pick = <T extends Int8Array | Int16Array | Int32Array | Uint8Array | Float64Array>(column: T, width = 1): T => {
    const out = new (column.constructor as new (n: number) => T)(rows.length * width);
    rows.forEach((v, i) => {
      for (let k = 0; k < width; k++) out[i * width + k] = column[v * width + k];
    });
    return out;
  };
  return {
    count: rows.length,
    sessions,
    session: Int32Array.from(rows, (v) => newIndex[data.session[v]]),
    source: pick(data.source),
    segment: pick(data.segment),
    arrival: pick(data.arrival),
    departure: pick(data.departure),
    leftBy: pick(data.leftBy),
    acts: data.acts === null ? null : pick(data.acts, 4),
    clicked: data.clicked === null ? null : pick(data.clicked),
    orders: data.orders === null ? null : pick(data.orders),
    revenue: data.revenue === null ? null : pick(data.revenue),
    firstPurchase: data.firstPurchase === null ? null : pick(data.firstPurchase),
    ...(data.columns === undefined ? {} : { columns: data.columns }),
  };
}
