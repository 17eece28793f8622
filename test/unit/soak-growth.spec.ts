import { memoryGrowth } from '../bench/soak';

describe('the soak’s memory growth', () => {
  const samples = (values: number[]) => values.map((rssMb) => ({ rssMb }));

  it('ignores the warm-up third and compares the medians of the second and last thirds', () => {
    // Warm-up climbs from 100 to 160, then memory holds around 170 with GC sawtooth.
    expect(memoryGrowth(samples([100, 130, 160, 168, 175, 170, 172, 166, 171]))).toBeCloseTo(0.6, 1);
  });

  it('reports steady growth after warm-up', () => {
    expect(memoryGrowth(samples([100, 110, 120, 130, 140, 150, 160, 170, 180]))).toBeCloseTo((170 - 140) / 1.4, 5);
  });

  it('is zero with too few samples to split', () => {
    expect(memoryGrowth(samples([100, 200]))).toBe(0);
  });
});
