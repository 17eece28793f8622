import { ApiError } from '../app/api-error';

// Uploads a file as it is (POST /files, the session's bearer token) and answers its id. Files
// travel over plain HTTP, not GraphQL, so that a large list streams into the database.
export async function uploadFile(token: string | undefined, file: File): Promise<string> {
  if (!token) throw new ApiError('AUTH_UNAUTHENTICATED');
  let response: Response;
  try {
    response = await fetch('/files', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': file.type || 'application/octet-stream',
        'x-file-name': encodeURIComponent(file.name),
      },
      body: file,
    });
  } catch {
    throw new ApiError('NETWORK');
  }
  const body = (await response.json().catch(() => ({}))) as { id?: string; code?: string };
  if (!response.ok || !body.id) throw new ApiError(body.code ?? 'UNKNOWN');
  return body.id;
}
