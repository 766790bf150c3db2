import type { CsvRow } from '../../io/csv/CsvRow.js';
import { HashedKeyTable } from '../../io/csv/HashedKeyTable.js';

/** What to do with a unit seen in more than one variant. */
export type MultiVariantPolicy = 'report' | 'exclude' | 'first';

const VARIANT_BITS = 0x3fff;
const REPEATED = 0x4000;
const MULTI_VARIANT = 0x8000;
/** Variant ids must fit in 14 bits. */
export const MAX_TRACKED_VARIANTS = VARIANT_BITS + 1;

/**
 * Tracks randomization units (`--unit`) to find duplicates and units exposed to several variants.
 *
 * Per unit: its 64-bit hash in a {@link HashedKeyTable} (14–28 bytes) and 2 bytes of state (the
 * variant of its first row in file order, "seen again", "seen in another variant") in an array
 * that doubles as needed (2–4 bytes): 16 to 32 bytes per distinct unit, about 160–320 MB for ten
 * million units. Without `--unit` nothing is
 * tracked and memory stays flat.
 *
 * {@link track} is used on the first pass and decides with what it knows so far;
 * {@link decide} replays the final decision on later passes (exclusion needs them: a unit is
 * known to be in two variants only once its second variant has been seen).
 */
export class UnitTracker {
  duplicateUnits = 0;
  multiVariantUnits = 0;
  private readonly table = new HashedKeyTable(1 << 16);
  private state = new Uint16Array(1 << 16);

  constructor(readonly policy: MultiVariantPolicy) {}

  /** Distinct units seen. */
  get units(): number {
    return this.table.size;
  }

  /** Bytes held for unit tracking. */
  get memoryBytes(): number {
    return this.table.memoryBytes + this.state.byteLength;
  }

  /** First pass: record the row's unit; whether the row is kept under the policy, as known so far. */
  track(row: CsvRow, slot: number, variant: number): boolean {
    const id = this.table.idOf(row.buf, row.starts[slot], row.ends[slot]);
    if (this.table.inserted) {
      if (id >= this.state.length) this.grow();
      this.state[id] = variant;
      return true;
    }
    let state = this.state[id];
    if ((state & REPEATED) === 0) {
      state |= REPEATED;
      this.duplicateUnits++;
    }
    const first = state & VARIANT_BITS;
    if (first !== variant && (state & MULTI_VARIANT) === 0) {
      state |= MULTI_VARIANT;
      this.multiVariantUnits++;
    }
    this.state[id] = state;
    return this.policy === 'report' || first === variant;
  }

  /** Later passes: whether the row is kept, with every unit's variants known. */
  decide(row: CsvRow, slot: number, variant: number): boolean {
    if (this.policy === 'report') return true;
    const id = this.table.find(row.buf, row.starts[slot], row.ends[slot]);
    const state = this.state[id];
    if (this.policy === 'exclude') return (state & MULTI_VARIANT) === 0;
    return (state & VARIANT_BITS) === variant;
  }

  /** Units per variant id (by first exposure), leaving out excluded units under `exclude`. */
  unitsPerVariant(variants: number): number[] {
    const counts = new Array<number>(variants).fill(0);
    for (let id = 0; id < this.table.size; id++) {
      const state = this.state[id];
      if (this.policy === 'exclude' && (state & MULTI_VARIANT) !== 0) continue;
      counts[state & VARIANT_BITS]++;
    }
    return counts;
  }

  private grow(): void {
    const bigger = new Uint16Array(this.state.length * 2);
    bigger.set(this.state);
    this.state = bigger;
  }
}
