// A disposal's archive file comes from GET /retention/archives/:disposalId with the session's
// bearer token (never a cookie: docs/WEB.md), like the SCB file (scb/download.ts): the bytes are
// fetched and handed to the browser under the file's name. The answer is the api's error code
// when it refuses (RETENTION_ARCHIVE_EXPIRED after the file's keeping time), else null.
export async function downloadArchive(
  disposalId: string,
  fileName: string,
  token: string | undefined,
): Promise<{ ok: true } | { ok: false; code: string }> {
  if (!token) return { ok: false, code: 'AUTH_UNAUTHENTICATED' };
  const res = await fetch(`/retention/archives/${encodeURIComponent(disposalId)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { code?: unknown };
    return { ok: false, code: typeof body.code === 'string' ? body.code : 'UNKNOWN' };
  }
  const url = URL.createObjectURL(await res.blob());
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
  return { ok: true };
}
