import { PrimedLoader, whenLoaded } from './primed-loader';

describe('PrimedLoader', () => {
  function loader() {
    const batches: string[][] = [];
    const instance = new PrimedLoader<string, string>((keys) => {
      batches.push([...keys]);
      return Promise.resolve(keys.map((key) => `loaded ${key}`));
    });
    return { instance, batches };
  }

  it('answers a primed key at once, without a promise or a batch', () => {
    const { instance, batches } = loader();
    instance.prime('a', 'primed a');
    expect(instance.loadNow('a')).toBe('primed a');
    expect(batches).toEqual([]);
  });

  it('loads a key that was not primed through one batch', async () => {
    const { instance, batches } = loader();
    instance.prime('a', 'primed a');
    const [b, c] = [instance.loadNow('b'), instance.loadNow('c')];
    expect(b).toBeInstanceOf(Promise);
    expect(c).toBeInstanceOf(Promise);
    expect([await b, await c]).toEqual(['loaded b', 'loaded c']);
    expect(batches).toEqual([['b', 'c']]);
  });

  it('keeps the first value of a key primed twice, as DataLoader does', async () => {
    const { instance } = loader();
    instance.prime('a', 'first');
    instance.prime('a', 'second');
    expect(instance.loadNow('a')).toBe('first');
    expect(await instance.load('a')).toBe('first');
  });

  it('forgets a cleared key and loads it again', async () => {
    const { instance, batches } = loader();
    instance.prime('a', 'primed a').prime('b', 'primed b');
    instance.clear('a');
    expect(await instance.loadNow('a')).toBe('loaded a');
    instance.clearAll();
    expect(await instance.loadNow('b')).toBe('loaded b');
    expect(batches).toEqual([['a'], ['b']]);
  });

  it('never answers at once for a primed error or promise', async () => {
    const { instance } = loader();
    instance.prime('a', new Error('refused'));
    instance.prime('b', Promise.resolve('later b'));
    const refused = instance.loadNow('a');
    expect(refused).toBeInstanceOf(Promise);
    await expect(refused).rejects.toThrow('refused');
    expect(await instance.loadNow('b')).toBe('later b');
  });
});

describe('whenLoaded', () => {
  it('maps a value at once and a promise when it settles', async () => {
    expect(whenLoaded(2, (n) => n * 2)).toBe(4);
    const later = whenLoaded(Promise.resolve(2), (n) => n * 3);
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toBe(6);
  });
});
