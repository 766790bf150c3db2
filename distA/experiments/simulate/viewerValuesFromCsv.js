/**
 * A departing viewer's experiment variables, read from the model's per-viewer CSV line (the only
 * per-viewer output of the model today; see VIEWER_CSV_COLUMNS in src/sim/model/viewerCsv.ts).
 * Fields are counted from the end of the line, past any quoted labels, and the arm from the
 * third field (experiment arms are named by their index, so it is never quoted).
 *
 * Writes [1, bought, revenue, orders, watchMinutes, chats, followed, covariate = 0] into `out`
 * and returns the viewer's group (arm index). Revenue and watch time carry the CSV's 3 decimals.
 */
export function viewerValuesFromCsv(line, out) {
    const fields = line.split(',');
    const last = fields.length - 1;
    const at = (fromEnd) => Number(fields[last - fromEnd]);
    out[0] = 1;
    out[1] = at(3); // bought
    out[2] = at(1); // revenue
    out[3] = at(2); // orders
    out[4] = at(12) / 60; // watch_s → minutes
    out[5] = at(10); // chats
    out[6] = at(0); // followed
    out[7] = 0;
    return Number(fields[2]);
}
//# sourceMappingURL=viewerValuesFromCsv.js.map