import fc from 'fast-check';

import { buildCube, cellIndex, cubeLines, protectCube, type CubeDimension } from './suppression';

// Exact rational arithmetic, independent of the implementation's modular one: the test decides
// "can this hidden value be solved for?" by its own means.
class Fraction {
  constructor(
    readonly n: bigint,
    readonly d: bigint = 1n,
  ) {}
  static of(n: bigint, d: bigint): Fraction {
    if (d < 0n) return Fraction.of(-n, -d);
    const g = gcd(n < 0n ? -n : n, d);
    return new Fraction(n / (g || 1n), d / (g || 1n));
  }
  minus(o: Fraction): Fraction {
    return Fraction.of(this.n * o.d - o.n * this.d, this.d * o.d);
  }
  times(o: Fraction): Fraction {
    return Fraction.of(this.n * o.n, this.d * o.d);
  }
  div(o: Fraction): Fraction {
    return Fraction.of(this.n * o.d, this.d * o.n);
  }
  isZero(): boolean {
    return this.n === 0n;
  }
}
function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

// The hidden cells an attacker can solve for from every published cell of the cube.
function solvable(dimensions: CubeDimension[], suppressed: Uint8Array): number[] {
  const unknowns = [...suppressed.keys()].filter((i) => suppressed[i]);
  const col = new Map(unknowns.map((cell, i) => [cell, i]));
  const rows: Fraction[][] = [];
  for (const line of cubeLines(dimensions)) {
    const row = unknowns.map(() => new Fraction(0n));
    let any = false;
    line.forEach((cell, position) => {
      const c = col.get(cell);
      if (c === undefined) return;
      row[c] = new Fraction(position === line.length - 1 ? -1n : 1n);
      any = true;
    });
    if (any) rows.push(row);
  }
  // Reduced row echelon form.
  let rank = 0;
  const pivotCols: number[] = [];
  for (let c = 0; c < unknowns.length && rank < rows.length; c += 1) {
    const pivot = rows.findIndex((row, r) => r >= rank && !row[c].isZero());
    if (pivot === -1) continue;
    [rows[rank], rows[pivot]] = [rows[pivot], rows[rank]];
    const lead = rows[rank][c];
    rows[rank] = rows[rank].map((v) => v.div(lead));
    for (let r = 0; r < rows.length; r += 1) {
      if (r === rank || rows[r][c].isZero()) continue;
      const factor = rows[r][c];
      rows[r] = rows[r].map((v, j) => v.minus(factor.times(rows[rank][j])));
    }
    pivotCols.push(c);
    rank += 1;
  }
  const determined: number[] = [];
  pivotCols.forEach((c, r) => {
    if (rows[r].every((v, j) => j === c || v.isZero())) determined.push(unknowns[c]);
  });
  return determined;
}

const dims = (...sizes: number[]): CubeDimension[] =>
  sizes.map((size, d) => ({ name: `d${d}`, values: Array.from({ length: size }, (_, v) => `v${v}`) }));

describe('protectCube', () => {
  it('hides every cell under k, and a second cell in each line so subtraction reveals nothing', () => {
    // status (rows) × occupation (columns); one cell of 2 in an otherwise large table.
    const dimensions = dims(3, 3);
    const inner = [
      [20, 2, 30],
      [25, 40, 35],
      [50, 45, 60],
    ].flatMap((row, r) => row.map((count, c) => ({ position: [r, c], count })));
    const cube = protectCube(buildCube(dimensions, inner), 5);
    const hidden = (r: number, c: number) => cube.suppressed[cellIndex(dimensions, [r, c])] === 1;
    expect(hidden(0, 1)).toBe(true);
    // Its row and its column each get one more hidden cell, and the pattern closes to a rectangle.
    expect([0, 1, 2].filter((c) => hidden(0, c))).toHaveLength(2);
    expect([0, 1, 2].filter((r) => hidden(r, 1))).toHaveLength(2);
    expect(solvable(dimensions, cube.suppressed)).toEqual([]);
    // Totals stay shown.
    expect(cube.suppressed[cellIndex(dimensions, [3, 3])]).toBe(0);
  });

  it('refuses a k below 3', () => {
    expect(() => protectCube(buildCube(dims(1), []), 2)).toThrow();
  });

  it('gives the same pattern for the same counts (stable across calls)', () => {
    const dimensions = dims(4, 3, 2);
    const inner = [...Array(24).keys()].map((i) => ({
      position: [i % 4, Math.floor(i / 4) % 3, Math.floor(i / 12)],
      count: (i * 7) % 11,
    }));
    const a = protectCube(buildCube(dimensions, inner), 5).suppressed;
    const b = protectCube(buildCube(dimensions, [...inner].reverse()), 5).suppressed;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  // The property of issue 18: whatever the counts, no hidden value can be solved for from every
  // published cell together (and so from any combination of filters, totals and exports, which
  // all show cells of this cube); every cell of 1 to k − 1 is hidden; and where a line's total is shown,
  // its hidden parts together count at least k.
  it('never leaves a hidden value that the published cells determine', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 3, max: 6 }),
        fc.infiniteStream(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 40 }))),
        (sizes, k, values) => {
          const dimensions = dims(...sizes);
          const inner: Array<{ position: number[]; count: number }> = [];
          const iterator = values[Symbol.iterator]();
          const walk = (prefix: number[]): void => {
            if (prefix.length === sizes.length) {
              inner.push({ position: prefix, count: iterator.next().value as number });
              return;
            }
            for (let v = 0; v < sizes[prefix.length]; v += 1) walk([...prefix, v]);
          };
          walk([]);
          const cube = protectCube(buildCube(dimensions, inner), k);
          for (let i = 0; i < cube.counts.length; i += 1) {
            if (cube.counts[i] > 0 && cube.counts[i] < k && !cube.suppressed[i]) return false;
          }
          if (solvable(dimensions, cube.suppressed).length > 0) return false;
          for (const line of cubeLines(dimensions)) {
            const total = line[line.length - 1];
            const parts = line.slice(0, -1);
            const hiddenParts = parts.filter((cell) => cube.suppressed[cell]);
            const hidden = hiddenParts.length + cube.suppressed[total];
            if (hidden === 1) return false;
            const sum = hiddenParts.reduce((s, cell) => s + cube.counts[cell], 0);
            if (!cube.suppressed[total] && hiddenParts.length > 0 && hiddenParts.length < parts.length && sum < k) {
              return false;
            }
          }
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });
});
