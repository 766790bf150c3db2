/**
 * Seconds from arrival to first purchase in one line of the per-viewer export (`simulate
 * --export-viewers`), or NaN when the viewer did not buy. The line ends …, arrival_s (16th field
 * from the end), …, first_purchase_s (last); the numeric fields are never quoted, so splitting on
 * commas from the end is safe.
 */
export function secondsToFirstPurchase(line: string): number {
  const fields = line.split(',');
  const first = fields[fields.length - 1];
  return first === '' ? NaN : Number(first) - Number(fields[fields.length - 16]);
}
