// Target-group identification at scale (issue 16, "Scale and jobs"): a population extract of
// N rows read through POST /files and the import job, with the api's resident memory sampled
// while it runs; then a matching run over M residents and two schools' lists, timed by its job.
import { makeIdentityNumber } from '@app/young-people';

export interface TargetGroupBenchInput {
  graphqlUrl: string;
  token: string;
  importRows: number;
  residents: number;
  sampleRss: () => { stop: () => number };
}

export interface TargetGroupBenchResult {
  importRows: number;
  importMs: number;
  importPeakRssMb: number;
  residents: number;
  runMs: number;
  runNew: number;
}

// Distinct valid numbers of people aged 16 to 19 on the bench's day.
function people(count: number, offset: number): string[] {
  const today = new Date();
  const numbers: string[] = [];
  for (let i = offset; i < offset + count; i += 1) {
    const birth = new Date(Date.UTC(today.getUTCFullYear() - 17, today.getUTCMonth(), today.getUTCDate()));
    birth.setUTCDate(birth.getUTCDate() - 30 - (i % 900));
    numbers.push(makeIdentityNumber(birth.toISOString().slice(0, 10), 1 + Math.floor(i / 900)));
  }
  return numbers;
}

async function call<T>(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`target-group bench: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function upload(graphqlUrl: string, token: string, name: string, text: string): Promise<string> {
  const res = await fetch(graphqlUrl.replace(/\/graphql$/, '/files'), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv', 'x-file-name': name },
    body: text,
  });
  const body = (await res.json()) as { id?: string };
  if (!body.id) throw new Error(`target-group bench: upload failed ${res.status} ${JSON.stringify(body)}`);
  return body.id;
}

async function finished(graphqlUrl: string, token: string, jobId: string): Promise<Record<string, number>> {
  for (;;) {
    const { job } = await call<{
      job: { status: string; errorCode: string | null; counts: Array<{ name: string; value: number }> };
    }>(graphqlUrl, token, 'query ($id: ID!) { job(id: $id) { status errorCode counts { name value } } }', {
      id: jobId,
    });
    if (job.status === 'FAILED') throw new Error(`target-group bench: job failed with ${job.errorCode}`);
    if (job.status === 'SUCCEEDED') return Object.fromEntries(job.counts.map((c) => [c.name, c.value]));
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function importFile(
  input: TargetGroupBenchInput,
  name: string,
  text: string,
  kind: 'POPULATION' | 'ENROLLMENT',
): Promise<{ id: string; ms: number }> {
  const fileId = await upload(input.graphqlUrl, input.token, name, text);
  const started = Date.now();
  const { importTargetGroupFile } = await call<{ importTargetGroupFile: { id: string; jobId: string } }>(
    input.graphqlUrl,
    input.token,
    'mutation ($input: ImportTargetGroupFileInput!) { importTargetGroupFile(input: $input) { id jobId } }',
    {
      input: {
        fileId,
        kind,
        asOf: new Date().toISOString().slice(0, 10),
        ...(kind === 'ENROLLMENT' ? { schoolName: name } : {}),
      },
    },
  );
  await finished(input.graphqlUrl, input.token, importTargetGroupFile.jobId);
  return { id: importTargetGroupFile.id, ms: Date.now() - started };
}

export async function runTargetGroupBench(input: TargetGroupBenchInput): Promise<TargetGroupBenchResult> {
  const big = people(input.importRows, 0);
  const extract = `Personnummer;Förnamn;Efternamn\n${big.map((n, i) => `${n};Namn${i};Efternamn${i}`).join('\n')}\n`;
  const rss = input.sampleRss();
  const imported = await importFile(input, 'bench-folkbokforing.csv', extract, 'POPULATION');
  const peak = rss.stop();

  const residents = people(input.residents, input.importRows);
  const population = await importFile(
    input,
    'bench-folkbokforing-liten.csv',
    `Personnummer\n${residents.join('\n')}\n`,
    'POPULATION',
  );
  // Two schools with 40% of the residents each; the last fifth is in no list.
  const share = Math.floor(residents.length * 0.4);
  const lists = [
    await importFile(
      input,
      'bench-skola-1.csv',
      `Personnummer\n${residents.slice(0, share).join('\n')}\n`,
      'ENROLLMENT',
    ),
    await importFile(
      input,
      'bench-skola-2.csv',
      `Personnummer\n${residents.slice(share, 2 * share).join('\n')}\n`,
      'ENROLLMENT',
    ),
  ];
  const started = Date.now();
  const { startTargetGroupRun } = await call<{ startTargetGroupRun: { jobId: string } }>(
    input.graphqlUrl,
    input.token,
    'mutation ($input: StartTargetGroupRunInput!) { startTargetGroupRun(input: $input) { jobId } }',
    { input: { populationImportId: population.id, enrollmentImportIds: lists.map((l) => l.id) } },
  );
  const counts = await finished(input.graphqlUrl, input.token, startTargetGroupRun.jobId);
  return {
    importRows: input.importRows,
    importMs: imported.ms,
    importPeakRssMb: Math.round(peak / 1024 / 1024),
    residents: input.residents,
    runMs: Date.now() - started,
    runNew: counts.new ?? 0,
  };
}
