// Hands bytes to the browser as a download under the file's name. The object URL outlives the
// click by a while: a browser may still be reading it when click() returns.
export function saveAs(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

// A file the api answers as GraphQL data (a report's CSV, a register extract): base64 in JSON.
export function saveBase64(base64: string, contentType: string, fileName: string): void {
  saveAs(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: contentType }), fileName);
}

export type DownloadResult = { ok: true } | { ok: false; code: string };

// A file the api serves by REST (GET /files/:id, GET /retention/archives/:disposalId) with the
// session's bearer token, never a cookie (docs/WEB.md), so a plain link cannot fetch it: the
// bytes are fetched and saved. A refusal answers the api's error code (its JSON body's `code`),
// a request that did not get through NETWORK.
export async function downloadFrom(path: string, fileName: string, token: string | undefined): Promise<DownloadResult> {
  if (!token) return { ok: false, code: 'AUTH_UNAUTHENTICATED' };
  try {
    const res = await fetch(path, { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok) {
      const body = (await res.json().catch(() => ({}))) as { code?: unknown };
      return { ok: false, code: typeof body.code === 'string' ? body.code : 'UNKNOWN' };
    }
    saveAs(await res.blob(), fileName);
    return { ok: true };
  } catch {
    return { ok: false, code: 'NETWORK' };
  }
}
