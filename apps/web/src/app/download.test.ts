import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { downloadFrom, saveBase64 } from './download';

// What was handed to the browser: the blob behind the object URL and the link's name.
let saved: Array<{ blob: Blob; fileName: string }>;

// A fetched Response's blob is Node's (with text()); one the page makes is jsdom's, which has no
// text() but its FileReader reads it.
function textOf(blob: Blob): Promise<string> {
  if (typeof blob.text === 'function') return blob.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(new Error('unreadable blob'));
    reader.readAsText(blob);
  });
}

beforeEach(() => {
  saved = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ blob: blobs.get(this.getAttribute('href') ?? '')!, fileName: this.download });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('downloadFrom', () => {
  it('fetches with the bearer token and saves the bytes under the file’s name, leaving no link behind', async () => {
    const fetchMock = vi.fn().mockResolvedValue(new Response('KAA;1\n', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(downloadFrom('/files/f%201', 'KAA_2026H1.txt', 'secret')).resolves.toEqual({ ok: true });
    expect(fetchMock).toHaveBeenCalledWith('/files/f%201', { headers: { authorization: 'Bearer secret' } });
    expect(saved.map((s) => s.fileName)).toEqual(['KAA_2026H1.txt']);
    expect(await textOf(saved[0].blob)).toBe('KAA;1\n');
    expect(document.querySelectorAll('a')).toHaveLength(0);
  });

  it('answers the api’s code for a refusal, UNKNOWN for one without a code, and saves nothing', async () => {
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockResolvedValueOnce(Response.json({ code: 'RETENTION_ARCHIVE_EXPIRED' }, { status: 410 }))
        .mockResolvedValueOnce(new Response('<html>', { status: 502 })),
    );
    await expect(downloadFrom('/retention/archives/d1', 'gallring.json', 'secret')).resolves.toEqual({
      ok: false,
      code: 'RETENTION_ARCHIVE_EXPIRED',
    });
    await expect(downloadFrom('/retention/archives/d1', 'gallring.json', 'secret')).resolves.toEqual({
      ok: false,
      code: 'UNKNOWN',
    });
    expect(saved).toEqual([]);
  });

  it('asks nothing without a session, and answers NETWORK when the request does not get through', async () => {
    const fetchMock = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    vi.stubGlobal('fetch', fetchMock);
    await expect(downloadFrom('/files/f1', 'a.txt', undefined)).resolves.toEqual({
      ok: false,
      code: 'AUTH_UNAUTHENTICATED',
    });
    expect(fetchMock).not.toHaveBeenCalled();
    await expect(downloadFrom('/files/f1', 'a.txt', 'secret')).resolves.toEqual({ ok: false, code: 'NETWORK' });
  });
});

describe('saveBase64', () => {
  it('saves the decoded bytes with their type under the file’s name', async () => {
    saveBase64(btoa('a;b\n1;2\n'), 'text/csv', 'rapport.csv');
    expect(saved.map((s) => [s.fileName, s.blob.type])).toEqual([['rapport.csv', 'text/csv']]);
    expect(await textOf(saved[0].blob)).toBe('a;b\n1;2\n');
  });
});
