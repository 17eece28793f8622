// The import of an existing KAA register at scale (issue 16): a register file of N rows through
// POST /files, its dry run (a job that reads the file and compares it with the register) and its
// run (a job that registers everyone through the register's own service, one transaction), each
// timed by its job, with the api's resident memory sampled while they run.
import { makeIdentityNumber } from '@app/young-people';

export interface RegisterImportBenchInput {
  graphqlUrl: string;
  // A team lead of a KAA unit (the only role that imports a register).
  token: string;
  rows: number;
  sampleRss: () => { stop: () => number };
}

export interface RegisterImportBenchResult {
  rows: number;
  dryRunMs: number;
  dryRunPeakRssMb: number;
  runMs: number;
  runPeakRssMb: number;
  created: number;
}

async function call<T>(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`register-import bench: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function finished(graphqlUrl: string, token: string, jobId: string): Promise<Record<string, number>> {
  for (;;) {
    const { job } = await call<{
      job: { status: string; errorCode: string | null; counts: Array<{ name: string; value: number }> };
    }>(graphqlUrl, token, 'query ($id: ID!) { job(id: $id) { status errorCode counts { name value } } }', {
      id: jobId,
    });
    if (job.status === 'FAILED') throw new Error(`register-import bench: job failed with ${job.errorCode}`);
    if (job.status === 'SUCCEEDED') return Object.fromEntries(job.counts.map((c) => [c.name, c.value]));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// N young people aged about 17, registered 30 days ago (the bench imports into a municipality of
// its own).
function registerFile(rows: number): string {
  const today = new Date();
  const registered = new Date(today.getTime() - 30 * 86_400_000).toISOString().slice(0, 10);
  const lines = ['Personnummer;Förnamn;Efternamn;Reg.datum;Status'];
  for (let i = 0; i < rows; i += 1) {
    const birth = new Date(Date.UTC(today.getUTCFullYear() - 17, today.getUTCMonth(), today.getUTCDate()));
    birth.setUTCDate(birth.getUTCDate() - 60 - (i % 700));
    // Birth numbers from 600 up: the seeded municipalities use low ones (a few collisions are
    // reported by the dry run as they should be, and not counted).
    const pnr = makeIdentityNumber(birth.toISOString().slice(0, 10), 600 + Math.floor(i / 700));
    lines.push(`${pnr};Namn${i};Register${i};${registered};${i % 3 === 0 ? 'I dialog' : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function runRegisterImportBench(input: RegisterImportBenchInput): Promise<RegisterImportBenchResult> {
  const res = await fetch(input.graphqlUrl.replace(/\/graphql$/, '/files'), {
    method: 'POST',
    headers: {
      authorization: `Bearer ${input.token}`,
      'content-type': 'text/csv',
      'x-file-name': 'bench-register.csv',
    },
    body: registerFile(input.rows),
  });
  const uploaded = (await res.json()) as { id?: string };
  if (!uploaded.id) throw new Error(`register-import bench: upload failed ${res.status}`);

  let rss = input.sampleRss();
  let started = Date.now();
  const { dryRunRegisterImport } = await call<{ dryRunRegisterImport: { id: string; jobId: string } }>(
    input.graphqlUrl,
    input.token,
    'mutation ($input: DryRunRegisterImportInput!) { dryRunRegisterImport(input: $input) { id jobId } }',
    {
      input: {
        fileId: uploaded.id,
        mapping: {
          identityNumber: 'Personnummer',
          givenName: 'Förnamn',
          familyName: 'Efternamn',
          registeredOn: 'Reg.datum',
          status: 'Status',
          defaultRegistrationReason: 'OTHER',
        },
      },
    },
  );
  const dryRun = await finished(input.graphqlUrl, input.token, dryRunRegisterImport.jobId);
  const dryRunMs = Date.now() - started;
  const dryRunPeak = rss.stop();
  if ((dryRun.create ?? 0) < input.rows * 0.99) {
    throw new Error(`register-import bench: the dry run found ${JSON.stringify(dryRun)} of ${input.rows} rows`);
  }

  rss = input.sampleRss();
  started = Date.now();
  const { runRegisterImport } = await call<{ runRegisterImport: { runJobId: string } }>(
    input.graphqlUrl,
    input.token,
    'mutation ($id: ID!) { runRegisterImport(id: $id) { runJobId } }',
    { id: dryRunRegisterImport.id },
  );
  const run = await finished(input.graphqlUrl, input.token, runRegisterImport.runJobId);
  const runMs = Date.now() - started;
  const runPeak = rss.stop();
  if (run.created !== dryRun.create) {
    throw new Error(`register-import bench: the run registered ${run.created}, the dry run said ${dryRun.create}`);
  }
  return {
    rows: input.rows,
    dryRunMs,
    dryRunPeakRssMb: Math.round(dryRunPeak / 1024 / 1024),
    runMs,
    runPeakRssMb: Math.round(runPeak / 1024 / 1024),
    created: run.created ?? 0,
  };
}
