// Small-cell protection for the leadership's reports (DESIGN.md §7, issue 18).
//
// A report is a cube: counts of young people by every dimension a reader can see or filter on
// (for example status × occupation × KAA unit × age band × sex), with the margins (a dimension
// summed over, "ALL") as cells of their own. Every view a reader can ask for (the table, a row, a
// filter to one unit, the totals, an export) shows cells of that one cube, so protecting the cube
// once protects every combination of views: a value that cannot be solved for from all the
// published cells of the cube together cannot be solved for from any subset of them.
//
// - Primary suppression: every cell counting from 1 to k − 1 young people (k per municipality,
//   default 5, never below 3) is suppressed. A zero describes nobody and is shown: hiding zeros
//   as well would hide nearly every cell of a small municipality's table (a shown total beside
//   hidden zeros would reveal them, so every such line would have to go), and a group of at
//   least k being all in one category is the accepted limit of k-anonymity.
// - Secondary suppression, along every line of the cube (one dimension varying, the others
//   fixed, its parts summing to its total): a line has either no hidden cell or at least two,
//   and when its total is shown the hidden parts together count at least k, so subtraction
//   neither gives one hidden value nor shows that a hidden group is small. The smallest non-zero
//   part that makes the hidden sum large enough is hidden first, ties by position, so the
//   pattern is the same on every call.
// - Then an exact check: the published cells are equations (each line's parts sum to its
//   total); a hidden cell whose value follows from them (its unit vector lies in the equations'
//   row space) gets another cell of one of its lines hidden, until no hidden cell is determined.
//   Ranks are computed modulo a prime near 2^26, which equals the rational rank for these 0/±1
//   matrices except with negligible probability (the test checks with exact fractions).

export interface CubeDimension {
  name: string;
  // The values a reader sees (not including the margin).
  values: readonly string[];
}

export interface Cube {
  dimensions: readonly CubeDimension[];
  // Counts by cell index (see cellIndex); margins included.
  counts: Int32Array;
}

export interface ProtectedCube extends Cube {
  suppressed: Uint8Array;
}

// The position of a cell: per dimension an index into its values, or values.length for ALL.
export function cellIndex(dimensions: readonly CubeDimension[], position: readonly number[]): number {
  let index = 0;
  for (let d = 0; d < dimensions.length; d += 1) index = index * (dimensions[d].values.length + 1) + position[d];
  return index;
}

export function cellCount(dimensions: readonly CubeDimension[]): number {
  return dimensions.reduce((size, dimension) => size * (dimension.values.length + 1), 1);
}

// Fills a cube's margins from its inner cells (every dimension's ALL is the sum of its values).
export function buildCube(
  dimensions: readonly CubeDimension[],
  inner: Iterable<{ position: number[]; count: number }>,
): Cube {
  const counts = new Int32Array(cellCount(dimensions));
  const sizes = dimensions.map((d) => d.values.length);
  for (const { position, count } of inner) {
    // Add the count to the cell and to every margin above it (2^D cells).
    const dims = dimensions.length;
    for (let mask = 0; mask < 1 << dims; mask += 1) {
      const at = position.map((value, d) => ((mask >> d) & 1 ? sizes[d] : value));
      counts[cellIndex(dimensions, at)] += count;
    }
  }
  return { dimensions, counts };
}

// Every line of the cube: the cells along one dimension (its values, then its ALL), the other
// dimensions fixed at any of their positions.
function* lines(dimensions: readonly CubeDimension[]): Generator<number[]> {
  const sizes = dimensions.map((d) => d.values.length + 1);
  const total = sizes.reduce((a, b) => a * b, 1);
  for (let d = 0; d < dimensions.length; d += 1) {
    const stride = sizes.slice(d + 1).reduce((a, b) => a * b, 1);
    for (let start = 0; start < total; start += 1) {
      // A line starts where dimension d is at position 0.
      if (Math.floor(start / stride) % sizes[d] !== 0) continue;
      const line: number[] = [];
      for (let i = 0; i < sizes[d]; i += 1) line.push(start + i * stride);
      yield line;
    }
  }
}

// `published` limits what is ever shown: only those cells are protected and shown, and only the
// lines made of them are equations an attacker has. (A report offers one filter at a time, so a
// cell fixing two filter dimensions at once is never published; leaving those sparse cells out
// of the system keeps the tables a reader does see from being hidden to protect cells nobody
// can see.) Cells outside it come back hidden.
export function protectCube(
  cube: Cube,
  k: number,
  published: (position: readonly number[]) => boolean = () => true,
): ProtectedCube {
  if (!Number.isInteger(k) || k < 3) throw new Error('k must be a whole number of at least 3');
  const { counts } = cube;
  const suppressed = new Uint8Array(counts.length);
  const shown = new Uint8Array(counts.length);
  forEachPosition(cube.dimensions, (position, index) => {
    if (published(position)) shown[index] = 1;
    else suppressed[index] = 1;
  });
  for (let i = 0; i < counts.length; i += 1) if (shown[i] && counts[i] > 0 && counts[i] < k) suppressed[i] = 1;
  const allLines = [...lines(cube.dimensions)].filter((line) => line.every((cell) => shown[cell]));
  const linesOf = new Map<number, number[][]>();
  for (const line of allLines) {
    for (const cell of line) linesOf.set(cell, [...(linesOf.get(cell) ?? []), line]);
  }
  for (;;) {
    secondary(allLines, counts, suppressed, k);
    const determined = determinedCells(allLines, suppressed, shown);
    if (determined.length === 0) break;
    // Hide one more cell beside each determined one: the smallest shown part of one of its lines
    // (then the line rules run again, and the check once more).
    for (const target of determined) {
      const own = linesOf.get(target) ?? [];
      const next = nextToHide(
        own.flatMap((line) => line.slice(0, -1).filter((cell) => !suppressed[cell])),
        counts,
        k,
      );
      if (next !== undefined) {
        suppressed[next] = 1;
        continue;
      }
      // Every part of its lines is hidden already: hide a total then.
      const total = own.map((line) => line[line.length - 1]).find((cell) => !suppressed[cell]);
      if (total === undefined) throw new Error('suppression cannot hide a determined cell');
      suppressed[total] = 1;
    }
  }
  return { ...cube, suppressed };
}

function smallest(cells: readonly number[], counts: Int32Array): number | undefined {
  let best: number | undefined;
  for (const cell of cells) {
    if (best === undefined || counts[cell] < counts[best] || (counts[cell] === counts[best] && cell < best)) {
      best = cell;
    }
  }
  return best;
}

// The shown part to hide next in a line: a zero cannot protect anything (the hidden parts' sum
// would stay as small), so the smallest non-zero part that brings the hidden sum to `missing` or
// more, else the largest non-zero one (closest to it), and a zero only when nothing else is left.
function nextToHide(shownParts: readonly number[], counts: Int32Array, missing: number): number | undefined {
  const nonZero = shownParts.filter((cell) => counts[cell] > 0);
  const enough = nonZero.filter((cell) => counts[cell] >= missing);
  if (enough.length > 0) return smallest(enough, counts);
  if (nonZero.length > 0) {
    return nonZero.reduce((best, cell) =>
      counts[cell] > counts[best] || (counts[cell] === counts[best] && cell < best) ? cell : best,
    );
  }
  return smallest(shownParts, counts);
}

function secondary(allLines: readonly number[][], counts: Int32Array, suppressed: Uint8Array, k: number): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of allLines) {
      const total = line[line.length - 1];
      const parts = line.slice(0, -1);
      for (;;) {
        const hiddenParts = parts.filter((cell) => suppressed[cell]);
        const hidden = hiddenParts.length + (suppressed[total] ? 1 : 0);
        const sumHidden = hiddenParts.reduce((sum, cell) => sum + counts[cell], 0);
        const safe =
          hidden === 0 || (hidden >= 2 && (suppressed[total] || sumHidden >= k || hiddenParts.length === parts.length));
        if (safe) break;
        const next = nextToHide(
          parts.filter((cell) => !suppressed[cell]),
          counts,
          suppressed[total] ? Number.POSITIVE_INFINITY : k - sumHidden,
        );
        if (next !== undefined) suppressed[next] = 1;
        else suppressed[total] = 1;
        changed = true;
      }
    }
  }
}

// A prime below 2^26, so that products of two residues stay exact in a double (below 2^52).
const PRIME = 67_108_859;

// The hidden cells whose values follow from the shown ones: each line says its parts sum to its
// total; with the shown cells moved to the right-hand side, the unknowns are the hidden cells.
// Gaussian elimination over GF(p) on the unknowns' coefficients finds the row space; a hidden cell
// is determined when its unit vector lies in it.
export function determinedCells(
  allLines: readonly number[][],
  suppressed: Uint8Array,
  published: Uint8Array = new Uint8Array(suppressed.length).fill(1),
): number[] {
  const unknowns: number[] = [];
  const column = new Map<number, number>();
  for (let i = 0; i < suppressed.length; i += 1) {
    if (suppressed[i] && published[i]) {
      column.set(i, unknowns.length);
      unknowns.push(i);
    }
  }
  if (unknowns.length === 0) return [];
  // Rows as sparse maps column -> coefficient (1 for parts, -1 for the total).
  const rows: Array<Map<number, number>> = [];
  for (const line of allLines) {
    const row = new Map<number, number>();
    line.forEach((cell, position) => {
      const c = column.get(cell);
      if (c === undefined) return;
      row.set(c, position === line.length - 1 ? PRIME - 1 : 1);
    });
    if (row.size > 0) rows.push(row);
  }
  // Reduced row echelon form, sparse; short rows first keeps the fill-in small.
  rows.sort((a, b) => a.size - b.size);
  const pivots = new Map<number, Map<number, number>>();
  for (const original of rows) {
    let row = new Map(original);
    for (;;) {
      let reduced = false;
      for (const [c, coefficient] of row) {
        const pivotRow = pivots.get(c);
        if (!pivotRow) continue;
        row = addScaled(row, pivotRow, (PRIME - coefficient) % PRIME);
        reduced = true;
        break;
      }
      if (!reduced) break;
    }
    if (row.size === 0) continue;
    const [c, coefficient] = row.entries().next().value as [number, number];
    const normalised = scale(row, modInverse(coefficient));
    // Keep the echelon reduced: eliminate the new pivot from the earlier pivot rows.
    for (const [other, pivotRow] of pivots) {
      const factor = pivotRow.get(c);
      if (factor !== undefined) pivots.set(other, addScaled(pivotRow, normalised, (PRIME - factor) % PRIME));
    }
    pivots.set(c, normalised);
  }
  // In reduced form, a unit vector e_c is in the row space exactly when c is a pivot whose row
  // has no other entry.
  const determined: number[] = [];
  for (const [c, row] of pivots) if (row.size === 1) determined.push(unknowns[c]);
  return determined.sort((a, b) => a - b);
}

function addScaled(row: Map<number, number>, other: Map<number, number>, factor: number): Map<number, number> {
  const result = new Map(row);
  for (const [c, value] of other) {
    const next = ((result.get(c) ?? 0) + ((factor * value) % PRIME)) % PRIME;
    if (next === 0) result.delete(c);
    else result.set(c, next);
  }
  return result;
}

function scale(row: Map<number, number>, factor: number): Map<number, number> {
  const result = new Map<number, number>();
  for (const [c, value] of row) result.set(c, (value * factor) % PRIME);
  return result;
}

function modInverse(value: number): number {
  // Fermat: a^(p-2) mod p, multiplying in doubles that stay exact below 2^52.
  let result = 1;
  let base = value % PRIME;
  let exponent = PRIME - 2;
  while (exponent > 0) {
    if (exponent % 2 === 1) result = (result * base) % PRIME;
    base = (base * base) % PRIME;
    exponent = Math.floor(exponent / 2);
  }
  return result;
}

function forEachPosition(
  dimensions: readonly CubeDimension[],
  visit: (position: readonly number[], index: number) => void,
): void {
  const sizes = dimensions.map((d) => d.values.length + 1);
  const position = sizes.map(() => 0);
  const total = sizes.reduce((a, b) => a * b, 1);
  for (let index = 0; index < total; index += 1) {
    visit(position, index);
    // Next position in row-major order (the last dimension fastest), as cellIndex counts.
    for (let d = sizes.length - 1; d >= 0; d -= 1) {
      position[d] += 1;
      if (position[d] < sizes[d]) break;
      position[d] = 0;
    }
  }
}

// For tests and callers that need the lines of a cube.
export function cubeLines(dimensions: readonly CubeDimension[]): number[][] {
  return [...lines(dimensions)];
}
