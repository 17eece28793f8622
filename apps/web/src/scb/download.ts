// Files come from GET /files/:id with the session's bearer token (never a cookie: docs/WEB.md),
// so a plain link cannot fetch them; the bytes are fetched and handed to the browser as a
// download under the file's name.
export async function downloadFile(fileId: string, fileName: string, token: string | undefined): Promise<boolean> {
  if (!token) return false;
  const res = await fetch(`/files/${encodeURIComponent(fileId)}`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) return false;
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
  return true;
}
