import request from 'supertest';

import type { TestApi } from './test-api';

// Uploads a file as the browser does (POST /files) and answers its id.
export async function uploadFile(t: TestApi, token: string, fileName: string, body: Buffer): Promise<string> {
  const res = await request(t.url)
    .post('/files')
    .set('authorization', `Bearer ${token}`)
    .set('content-type', fileName.endsWith('.xlsx') ? 'application/octet-stream' : 'text/csv')
    .set('x-file-name', encodeURIComponent(fileName))
    .send(body);
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { id: string }).id;
}

export interface JobView {
  status: string;
  progressDone: number;
  progressTotal: number | null;
  counts: Array<{ name: string; value: number }>;
  errorCode: string | null;
  errorLine: number | null;
}

// Polls job(id) until it has finished (the api's own worker runs it).
export async function finishedJob(t: TestApi, token: string, id: string, timeoutMs = 15_000): Promise<JobView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await t.graphql<{ job: JobView }>(
      'query ($id: ID!) { job(id: $id) { status progressDone progressTotal counts { name value } errorCode errorLine } }',
      { id },
      token,
    );
    const job = res.data?.job;
    if (!job) throw new Error(`job(${id}): ${JSON.stringify(res.errors)}`);
    if (job.status === 'SUCCEEDED' || job.status === 'FAILED') return job;
    if (Date.now() > deadline) {
      const { rows } = await t.pool.query<{ error: string | null; attempts: number }>(
        'SELECT error, attempts FROM job WHERE id = $1',
        [id],
      );
      throw new Error(`job ${id} still ${job.status}: ${JSON.stringify(rows[0])}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const IMPORT_FIELDS = `id kind fileName asOf schoolName status jobId rowCount errorCount errorCode
  errors { line code field }`;
export const RUN_FIELDS = `id status populationFileName enrollmentFileNames listsDate judgedOn jobId residents inAgeBand
  enrolled newCount stillCount leftCount unknownCount dismissedCount`;
export const CHECK_FIELDS = `id personalIdentityNumber dateOfBirth givenName familyName status reason listsDate lastSchool
  leftSchoolOn leftReason leftSchool dismissReason youngPersonId`;

export async function importFile(
  t: TestApi,
  token: string,
  fileId: string,
  kind: 'POPULATION' | 'ENROLLMENT',
  asOf: string,
  schoolName?: string,
): Promise<{ id: string; jobId: string; status: string }> {
  const res = await t.graphql<{ importTargetGroupFile: { id: string; jobId: string; status: string } }>(
    `mutation ($input: ImportTargetGroupFileInput!) { importTargetGroupFile(input: $input) { ${IMPORT_FIELDS} } }`,
    { input: { fileId, kind, asOf, ...(schoolName ? { schoolName } : {}) } },
    token,
  );
  if (!res.data?.importTargetGroupFile) throw new Error(`import failed: ${JSON.stringify(res.errors)}`);
  return res.data.importTargetGroupFile;
}
