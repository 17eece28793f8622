// Issue 19: two api processes on one database. Mutations go to instance A; every event must
// reach each of SOCKETS graphql-ws subscribers on instance B (PostgreSQL LISTEN/NOTIFY between
// them), none lost and none twice, with the p95 of the delivery time (from the mutation's request
// to the event on the socket) under 1 s; after the subscribers leave, B's resident memory goes
// back to its baseline. Every phase has a deadline, so the run always ends by itself; it talks to
// the two api processes on 127.0.0.1 only.
import { promises as fs } from 'node:fs';

import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface FanoutInput {
  // Instance A, which the mutations go to.
  publishUrl: string;
  // Instance B, which the subscribers are on, and its process (for its memory).
  subscribeUrl: string;
  subscriberPid: number;
  sockets: number;
  events: number;
  // One mutation every intervalMs (each a change of one young person of the caseload).
  intervalMs: number;
  token: string;
  // The subscribing coordinator's caseload: event j changes youngPersonIds[j % length].
  youngPersonIds: string[];
  log: (line: string) => void;
}

export interface FanoutResult {
  sockets: number;
  events: number;
  intervalMs: number;
  expected: number;
  delivered: number;
  lost: number;
  duplicates: number;
  failedMutations: number;
  // The mutations' own response times on A: the part of the delivery time before the commit.
  mutationP95Ms: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  // Instance B's resident memory: after a warm-up round of the same sockets, at the peak of the
  // measured round, and once its subscribers have gone.
  baselineRssMb: number;
  peakRssMb: number;
  afterRssMb: number;
  memoryBackToBaseline: boolean;
  durationMs: number;
  error: string | null;
}

// "Back to baseline": within this share above the baseline, a few seconds after unsubscribing.
export const FANOUT_MEMORY_TOLERANCE = 0.1;

const SUBSCRIPTION = 'subscription { youngPersonChanged { id } }';
const MUTATION = 'mutation ($input: LogContactAttemptInput!) { logContactAttempt(input: $input) { id } }';

async function rssMb(pid: number): Promise<number> {
  const status = await fs.readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

interface Subscriber {
  client: Client;
  stop: () => void;
  // Deliveries per young person id, in arrival order (arrival times).
  arrivals: Map<string, number[]>;
  errors: number;
}

function openSubscribers(input: FanoutInput): Subscriber[] {
  const wsUrl = input.subscribeUrl.replace(/^http/, 'ws');
  return Array.from({ length: input.sockets }, () => {
    const client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${input.token}` },
      retryAttempts: 0,
      lazy: false,
    });
    const subscriber: Subscriber = { client, stop: () => undefined, arrivals: new Map(), errors: 0 };
    subscriber.stop = client.subscribe<{ youngPersonChanged: { id: string } }>(
      { query: SUBSCRIPTION },
      {
        next: (message) => {
          const id = message.data?.youngPersonChanged.id;
          if (!id) return;
          const list = subscriber.arrivals.get(id) ?? [];
          list.push(Date.now());
          subscriber.arrivals.set(id, list);
        },
        error: () => void (subscriber.errors += 1),
        complete: () => undefined,
      },
    );
    return subscriber;
  });
}

async function closeSubscribers(subscribers: Subscriber[]): Promise<void> {
  for (const s of subscribers) s.stop();
  await Promise.all(
    subscribers.map(async (s) => {
      await s.client.dispose();
    }),
  );
}

async function mutate(input: FanoutInput, youngPersonId: string): Promise<boolean> {
  try {
    const res = await fetch(input.publishUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${input.token}` },
      body: JSON.stringify({
        query: MUTATION,
        variables: {
          input: { youngPersonId, channel: 'PHONE', outcome: 'NOT_REACHED', occurredAt: new Date().toISOString() },
        },
      }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await res.json()) as { errors?: unknown };
    return res.ok && !body.errors;
  } catch {
    return false;
  }
}

// The server subscribes asynchronously after a socket's `subscribe` message, and graphql-ws does
// not acknowledge it: probe events go out until every subscriber has had one, then the probes'
// deliveries are forgotten once none has arrived for a second (a later one would show as a
// duplicate).
async function untilSubscribed(input: FanoutInput, subscribers: Subscriber[], deadlineMs: number): Promise<void> {
  const probeId = input.youngPersonIds[0] ?? '';
  const deadline = Date.now() + deadlineMs;
  while (subscribers.some((s) => !s.arrivals.has(probeId))) {
    if (Date.now() > deadline) {
      const missing = subscribers.filter((s) => !s.arrivals.has(probeId)).length;
      throw new Error(`${missing} of ${subscribers.length} subscribers got no probe event within ${deadlineMs} ms`);
    }
    await mutate(input, probeId);
    await sleep(2000);
  }
  await untilQuiet(subscribers, 1000, Math.max(1000, deadline - Date.now()));
  for (const s of subscribers) s.arrivals.clear();
}

function arrivalCount(subscribers: Subscriber[]): number {
  let n = 0;
  for (const s of subscribers) for (const list of s.arrivals.values()) n += list.length;
  return n;
}

// Until no event has arrived on any socket for quietMs, or until `done`, at most maxMs.
async function untilQuiet(
  subscribers: Subscriber[],
  quietMs: number,
  maxMs: number,
  done: () => boolean = () => false,
): Promise<void> {
  const deadline = Date.now() + maxMs;
  let last = arrivalCount(subscribers);
  let lastChange = Date.now();
  while (!done() && Date.now() - lastChange < quietMs && Date.now() < deadline) {
    await sleep(200);
    const now = arrivalCount(subscribers);
    if (now !== last) {
      last = now;
      lastChange = Date.now();
    }
  }
}

async function settledRss(pid: number, ms: number): Promise<number> {
  const samples: number[] = [];
  for (let waited = 0; waited < ms; waited += 500) {
    samples.push(await rssMb(pid));
    await sleep(500);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

// One round of events on open, reached subscribers: EVENTS mutations on A, one every intervalMs,
// then the stragglers until every socket has every event or nothing has arrived for 5 s (what is
// missing then is lost, not late), at most two minutes. Returns when each event was sent.
async function sendRound(
  input: FanoutInput,
  subscribers: Subscriber[],
  result: FanoutResult,
): Promise<{ sent: number[]; mutationMs: number[] }> {
  const ids = input.youngPersonIds;
  // sent[j]: when event j's mutation was sent; event j changes ids[j % ids.length], and the
  // k-th delivery of that id on a socket is the k-th event sent for it (one instance, one
  // socket: in commit order).
  const sent: number[] = [];
  const mutations: Array<Promise<void>> = [];
  const mutationMs: number[] = [];
  for (let j = 0; j < input.events; j += 1) {
    const at = Date.now();
    sent.push(at);
    mutations.push(
      mutate(input, ids[j % ids.length] ?? '').then((ok) => {
        mutationMs.push(Date.now() - at);
        if (!ok) result.failedMutations += 1;
      }),
    );
    await sleep(input.intervalMs);
  }
  await Promise.all(mutations);
  const perId = (id: string): number => sent.filter((_, j) => ids[j % ids.length] === id).length;
  const expectedPerId = new Map(ids.map((id) => [id, perId(id)]));
  const complete = (): boolean =>
    subscribers.every((s) => [...expectedPerId].every(([id, n]) => n === 0 || (s.arrivals.get(id)?.length ?? 0) >= n));
  await untilQuiet(subscribers, 5000, 120_000, complete);
  return { sent, mutationMs };
}

export async function runFanout(input: FanoutInput): Promise<FanoutResult> {
  const started = Date.now();
  const result: FanoutResult = {
    sockets: input.sockets,
    events: input.events,
    intervalMs: input.intervalMs,
    expected: input.sockets * input.events,
    delivered: 0,
    lost: 0,
    duplicates: 0,
    failedMutations: 0,
    mutationP95Ms: 0,
    p50Ms: 0,
    p95Ms: 0,
    maxMs: 0,
    baselineRssMb: 0,
    peakRssMb: 0,
    afterRssMb: 0,
    memoryBackToBaseline: false,
    durationMs: 0,
    error: null,
  };
  const ids = input.youngPersonIds;
  let subscribers: Subscriber[] = [];
  let peakTimer: NodeJS.Timeout | undefined;
  try {
    if (ids.length === 0) throw new Error('no young people to change');
    // Warm-up round: the same sockets and the same events as the measured round, then closed,
    // so the baseline is taken with B's code paths warm and its heap grown to what such a round
    // needs: V8 keeps the pages a burst made it grow into, so a baseline taken before any traffic
    // counted that once-only growth as if it had leaked (187 → 209 MB; with a warm round
    // first, 220 → 224 MB). What stays above this baseline after the measured round is
    // what a round leaves behind.
    input.log(`warm-up: ${input.sockets} sockets × ${input.events} events on B`);
    subscribers = openSubscribers(input);
    await untilSubscribed(input, subscribers, 60_000);
    await sendRound(input, subscribers, { ...result });
    await closeSubscribers(subscribers);
    subscribers = [];
    result.baselineRssMb = Math.round(await settledRss(input.subscriberPid, 3000));

    input.log(`measuring: ${input.sockets} sockets × ${input.events} events, one every ${input.intervalMs} ms`);
    subscribers = openSubscribers(input);
    result.peakRssMb = result.baselineRssMb;
    peakTimer = setInterval(() => {
      rssMb(input.subscriberPid).then(
        (rss) => void (result.peakRssMb = Math.max(result.peakRssMb, Math.round(rss))),
        () => undefined,
      );
    }, 500);
    await untilSubscribed(input, subscribers, 60_000);

    const { sent, mutationMs } = await sendRound(input, subscribers, result);
    result.mutationP95Ms = percentile(
      mutationMs.sort((a, b) => a - b),
      95,
    );

    const latencies: number[] = [];
    for (const s of subscribers) {
      for (const [id, arrivals] of s.arrivals) {
        const events = sent.map((at, j) => ({ at, j })).filter(({ j }) => ids[j % ids.length] === id);
        arrivals.forEach((arrivedAt, k) => {
          const event = events[k];
          if (event) latencies.push(arrivedAt - event.at);
          else result.duplicates += 1;
        });
      }
    }
    result.delivered = latencies.length;
    result.lost = result.expected - result.delivered;
    latencies.sort((a, b) => a - b);
    result.p50Ms = percentile(latencies, 50);
    result.p95Ms = percentile(latencies, 95);
    result.maxMs = latencies[latencies.length - 1] ?? 0;
    const socketErrors = subscribers.reduce((n, s) => n + s.errors, 0);
    if (socketErrors > 0) result.error = `${socketErrors} subscription(s) ended with an error`;

    clearInterval(peakTimer);
    peakTimer = undefined;
    await closeSubscribers(subscribers);
    subscribers = [];
    // Memory back to the baseline: sampled for up to 20 s after the subscribers left.
    const limit = result.baselineRssMb * (1 + FANOUT_MEMORY_TOLERANCE);
    for (const deadline = Date.now() + 20_000; ;) {
      result.afterRssMb = Math.round(await settledRss(input.subscriberPid, 2000));
      if (result.afterRssMb <= limit || Date.now() > deadline) break;
    }
    result.memoryBackToBaseline = result.afterRssMb <= limit;
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  } finally {
    if (peakTimer) clearInterval(peakTimer);
    await closeSubscribers(subscribers).catch(() => undefined);
    result.durationMs = Date.now() - started;
  }
  return result;
}
