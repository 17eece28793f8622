// Load generator for one scenario, run as its own process so the api under test does not
// share an event loop with it. Sends a bounded number of requests to 127.0.0.1 only, then
// prints one JSON line with throughput, exact latency percentiles and error counts.
import autocannon from 'autocannon';

export interface WorkerInput {
  url: string;
  connections: number;
  amount: number;
  token?: string;
  query: string;
  // When set, `$id` in the variables is replaced by these in turn.
  ids?: string[];
  variables?: Record<string, unknown>;
}

export interface WorkerOutput {
  requests: number;
  durationMs: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  graphqlErrors: number;
  firstError?: string;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

async function run(input: WorkerInput): Promise<WorkerOutput> {
  const target = new URL(input.url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname)) throw new Error('load is sent to loopback only');
  const latencies: number[] = [];
  let graphqlErrors = 0;
  let firstError: string | undefined;
  let counter = 0;
  const body = (): string => {
    const variables = { ...(input.variables ?? {}) };
    if (input.ids && input.ids.length > 0) variables.id = input.ids[counter++ % input.ids.length];
    return JSON.stringify({ query: input.query, variables });
  };
  const started = Date.now();
  const instance = autocannon({
    url: input.url,
    connections: input.connections,
    amount: input.amount,
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(input.token ? { authorization: `Bearer ${input.token}` } : {}),
    },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: body() }),
        onResponse: (_status, responseBody) => {
          if (responseBody.includes('"errors"')) {
            graphqlErrors += 1;
            firstError ??= responseBody.slice(0, 300);
          }
        },
      },
    ],
  });
  // autocannon's instance is both a promise of the result and an event emitter.
  const emitter = instance as unknown as NodeJS.EventEmitter;
  let lastResponseAt = started;
  emitter.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    lastResponseAt = Date.now();
  });
  const result = await instance;
  // autocannon settles on its next one-second tick after the last response; timing to the
  // last response itself keeps short runs from being rounded up to whole seconds.
  const durationMs = Math.max(1, lastResponseAt - started);
  latencies.sort((a, b) => a - b);
  const round = (ms: number): number => Math.round(ms * 10) / 10;
  return {
    requests: result.requests.total,
    durationMs,
    requestsPerSecond: (result.requests.total / durationMs) * 1000,
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    non2xx: result.non2xx,
    graphqlErrors,
    firstError,
  };
}

if (require.main === module) {
  const input = JSON.parse(process.argv[2] ?? '{}') as WorkerInput;
  run(input).then(
    (output) => process.stdout.write(`${JSON.stringify(output)}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
