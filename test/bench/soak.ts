// The memory soak of DESIGN.md §9: queries from the load process and subscriptions churning on
// graphql-ws for a set time, with events flowing, while the api's resident memory is sampled.
// Memory must level off: the median of the soak's last third may not exceed the median of its
// second third by more than 10% (the first third is warm-up: caches and JIT filling).
import { promises as fs } from 'node:fs';

import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

import type { WorkerInput, WorkerOutput } from './load-worker';

export interface SoakInput {
  graphqlUrl: string;
  apiPid: number;
  seconds: number;
  connections: number;
  coordinatorToken: string;
  partnerToken: string;
  youngPersonIds: string[];
  queries: { caseloadPage: string; singleRead: string; partnerPlans: string };
  runWorker: (input: WorkerInput) => Promise<WorkerOutput>;
}

export interface SoakResult {
  seconds: number;
  requests: number;
  failedRequests: number;
  mutations: number;
  failedMutations: number;
  subscriptionsOpened: number;
  events: number;
  samples: Array<{ second: number; rssMb: number }>;
  growthPercent: number;
}

const SOCKETS = 20;

async function rssMb(pid: number): Promise<number> {
  const status = await fs.readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

// Growth between the soak's second and last thirds, in percent of the second.
export function memoryGrowth(samples: ReadonlyArray<{ rssMb: number }>): number {
  const third = Math.floor(samples.length / 3);
  if (third === 0) return 0;
  const middle = median(samples.slice(third, 2 * third).map((s) => s.rssMb));
  const last = median(samples.slice(2 * third).map((s) => s.rssMb));
  return middle > 0 ? ((last - middle) / middle) * 100 : 0;
}

export async function runSoak(input: SoakInput): Promise<SoakResult> {
  const started = Date.now();
  const deadline = started + input.seconds * 1000;
  const result: SoakResult = {
    seconds: input.seconds,
    requests: 0,
    failedRequests: 0,
    mutations: 0,
    failedMutations: 0,
    subscriptionsOpened: 0,
    events: 0,
    samples: [],
    growthPercent: 0,
  };
  const wsUrl = input.graphqlUrl.replace(/^http/, 'ws');
  const sockets: Array<{ client: Client; stop: () => void }> = [];
  const open = (): void => {
    const client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${input.coordinatorToken}` },
      retryAttempts: 0,
    });
    const stop = client.subscribe(
      { query: 'subscription { youngPersonChanged { id familyName latestContact { occurredAt outcome } } }' },
      { next: () => void (result.events += 1), error: () => undefined, complete: () => undefined },
    );
    result.subscriptionsOpened += 1;
    sockets.push({ client, stop });
  };
  for (let i = 0; i < SOCKETS; i += 1) open();

  const timers: NodeJS.Timeout[] = [];
  // Churn: one socket closes and another opens every second.
  timers.push(
    setInterval(() => {
      const oldest = sockets.shift();
      oldest?.stop();
      void oldest?.client.dispose();
      open();
    }, 1000),
  );
  // Events: a contact attempt every 500 ms changes a young person of the subscribers' caseload.
  let next = 0;
  timers.push(
    setInterval(() => {
      const youngPersonId = input.youngPersonIds[next++ % input.youngPersonIds.length];
      result.mutations += 1;
      fetch(input.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${input.coordinatorToken}` },
        body: JSON.stringify({
          query: 'mutation ($input: LogContactAttemptInput!) { logContactAttempt(input: $input) { id } }',
          variables: {
            input: { youngPersonId, channel: 'PHONE', outcome: 'NOT_REACHED', occurredAt: new Date().toISOString() },
          },
        }),
      })
        .then(async (res) => {
          const body = (await res.json()) as { errors?: unknown };
          if (!res.ok || body.errors) result.failedMutations += 1;
        })
        .catch(() => void (result.failedMutations += 1));
    }, 500),
  );
  timers.push(
    setInterval(() => {
      rssMb(input.apiPid).then(
        (rss) => result.samples.push({ second: Math.round((Date.now() - started) / 1000), rssMb: Math.round(rss) }),
        () => undefined,
      );
    }, 2000),
  );

  // Queries: the three kinds of read in turn from the load process until the time is up.
  const rounds: Array<Omit<WorkerInput, 'url' | 'connections'>> = [
    { amount: 400, token: input.coordinatorToken, query: input.queries.caseloadPage },
    { amount: 2000, token: input.coordinatorToken, query: input.queries.singleRead, ids: input.youngPersonIds },
    { amount: 400, token: input.partnerToken, query: input.queries.partnerPlans },
  ];
  try {
    for (let round = 0; Date.now() < deadline; round += 1) {
      const kind = rounds[round % rounds.length];
      if (!kind) break;
      const output = await input.runWorker({ ...kind, url: input.graphqlUrl, connections: input.connections });
      result.requests += output.requests;
      result.failedRequests += output.graphqlErrors + output.non2xx;
    }
  } finally {
    for (const timer of timers) clearInterval(timer);
    for (const socket of sockets) {
      socket.stop();
      await socket.client.dispose();
    }
  }
  result.growthPercent = Number(memoryGrowth(result.samples).toFixed(1));
  return result;
}
