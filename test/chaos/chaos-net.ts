// A phone's network between the app's fetch and the chaos server: offline, refused with 429, answered 500, an answer
// lost after the server acted, a request delivered twice, a request held back until a later one has gone ahead
// (reordered), a stale copy of an earlier push delivered again later (duplicated and reordered), and the server killed
// just before or just after its commit, then started again (in process, or a real process killed with SIGKILL).
import type { ChaosServer, Kill } from './chaos-server';

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export { seededRandom as prng } from '../../src/shared/seeded-random';

export type Fault =
  | 'none'
  | 'offline'
  | 'network-error'
  | 'rate-limited'
  | 'server-error'
  | 'lost-answer'
  | 'error-after-work'
  | 'duplicate'
  | 'reordered'
  | 'late-copy'
  | Kill;
export const FAULTS: Array<[Fault, number]> = [
  ['network-error', 0.06],
  ['rate-limited', 0.06],
  ['server-error', 0.06],
  ['lost-answer', 0.08],
  ['error-after-work', 0.04],
  ['duplicate', 0.08],
  ['reordered', 0.06],
  ['late-copy', 0.05],
  ['kill-before-commit', 0.04],
  ['kill-after-commit', 0.04],
];
/** Faults that only make sense for a push (a pull changes nothing on the server). */
const PUSH_ONLY = new Set<Fault>(['late-copy', 'kill-before-commit', 'kill-after-commit']);

export interface NetOptions {
  /** The negative control: the second copy of a duplicated push carries fresh op ids, as a non-idempotent retry would. */
  mintIdsOnDuplicate?: boolean;
  /** The phone's address (each history its own, so the join limit per address never bites). */
  address?: string;
  /**
   * The server is a real process (openRealChaosServer): at most `budget` kills in this history, each push a kill with
   * probability `chance` (before or after the commit, half each) while any are left. The other faults are as ever.
   */
  realKills?: { budget: number; chance: number };
  /** The negative control of the real-process histories: the next push's commit is rolled back, yet answered. */
  dropCommit?: boolean;
}

export interface ChaosNet {
  online: boolean;
  faults: boolean;
  counts: Map<string, number>;
  /** Delivers every stale copy still held, and waits for every request still on the wire. */
  drain(): Promise<void>;
}

export function chaosNetwork(server: ChaosServer, random: () => number, options: NetOptions = {}) {
  const net: ChaosNet = { online: true, faults: true, counts: new Map(), drain };
  const count = (f: string) => net.counts.set(f, (net.counts.get(f) ?? 0) + 1);
  const wait = () => new Promise<void>((r) => setTimeout(r, Math.floor(random() * 3)));
  /** Requests held back until another one has gone ahead of them. */
  let heldBack: Array<() => void> = [];
  /** Copies of earlier pushes, sent again later by the network. */
  const staleCopies: Array<{ url: string; init: RequestInit }> = [];
  const wire = new Set<Promise<unknown>>();

  let dropsLeft = options.dropCommit ? 1 : 0;
  const killsLeft = { n: options.realKills?.budget ?? Infinity };
  function pick(push: boolean): Fault {
    if (!net.online) return 'offline';
    if (!net.faults) return 'none';
    if (options.realKills && push && killsLeft.n > 0 && random() < options.realKills.chance) {
      killsLeft.n--;
      return random() < 0.5 ? 'kill-before-commit' : 'kill-after-commit';
    }
    let x = random();
    for (const [f, p] of FAULTS) {
      if (x < p) {
        if (!push && PUSH_ONLY.has(f)) return 'none';
        if (f === 'kill-before-commit' || f === 'kill-after-commit') {
          if (killsLeft.n <= 0) return 'none';
          killsLeft.n--;
        }
        return f;
      }
      x -= p;
    }
    return 'none';
  }

  /** One delivery to the server as it is now. An answer from a server that died meanwhile never arrives. */
  async function deliver(url: string, init: RequestInit, body = init.body) {
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((v, k) => (headers[k] = v));
    const generation = server.generation;
    const p = server.app.inject({
      method: (init.method ?? 'GET') as 'GET' | 'POST',
      url,
      headers,
      remoteAddress: options.address ?? '10.9.9.9',
      ...(typeof body === 'string' ? { payload: body } : {}),
    });
    wire.add(p);
    try {
      const res = await p;
      if (server.generation !== generation) {
        // The process died while this request was in it: the connection drops. Whoever noticed restarts it.
        if (server.generation !== restartedFor) await restart();
        throw new TypeError('Failed to fetch');
      }
      return res;
    } finally {
      wire.delete(p);
    }
  }
  let restartedFor = 0;
  let restarting: Promise<void> | null = null;
  function restart(): Promise<void> {
    restartedFor = server.generation;
    restarting ??= server.restart().finally(() => (restarting = null));
    return restarting;
  }

  const toResponse = (res: Awaited<ReturnType<ChaosServer['app']['inject']>>) => {
    const headers = new Headers();
    for (const [k, v] of Object.entries(res.headers)) if (v !== undefined && k !== 'set-cookie') headers.set(k, String(v));
    return new Response(res.body, { status: res.statusCode, headers });
  };
  const errorResponse = (status: number, code: string, extra: Record<string, string> = {}) =>
    new Response(JSON.stringify({ code, message: `The network answered ${status}.` }), {
      status,
      headers: { 'content-type': 'application/json', ...extra },
    });

  async function fetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
    const url = String(input);
    const push = init.method === 'POST';
    if (restarting) await restarting;
    const carriesOps = typeof init.body === 'string' && (JSON.parse(init.body) as { ops?: unknown[] }).ops?.length;
    if (dropsLeft > 0 && push && net.online && url.includes('/sync/push') && carriesOps) {
      dropsLeft--;
      // The control: this push's commit is rolled back, and the server answers as if it had kept it.
      count('drop-commit');
      await server.arm('drop-commit');
      try {
        return toResponse(await deliver(url, init));
      } finally {
        server.disarm();
      }
    }
    const fault = options.mintIdsOnDuplicate && push && net.online && net.faults ? 'duplicate' : pick(push);
    count(fault);
    if (push) count(`push:${fault}`);
    await wait();
    // Anything held back goes once this request has gone ahead of it; a stale copy may go now too.
    const release = heldBack;
    heldBack = [];
    const released = () => release.forEach((go) => go());
    if (staleCopies.length > 0 && random() < 0.3) {
      const copy = staleCopies.splice(Math.floor(random() * staleCopies.length), 1)[0]!;
      count('late-copy-delivered');
      void deliver(copy.url, copy.init).catch(() => undefined);
    }
    try {
      switch (fault) {
        case 'offline':
        case 'network-error':
          throw new TypeError('Failed to fetch');
        case 'rate-limited':
          return errorResponse(429, 'slow-down', { 'retry-after': '1' });
        case 'server-error':
          return errorResponse(500, 'internal');
        case 'lost-answer':
          await deliver(url, init);
          throw new TypeError('Failed to fetch');
        case 'error-after-work':
          await deliver(url, init);
          return errorResponse(502, 'bad-gateway');
        case 'reordered':
          // Held until the next request has gone ahead (or a moment has passed), then delivered.
          await new Promise<void>((go) => {
            heldBack.push(go);
            setTimeout(go, 4);
          });
          return toResponse(await deliver(url, init));
        case 'late-copy':
          staleCopies.push({ url, init });
          return toResponse(await deliver(url, init));
        case 'kill-before-commit':
        case 'kill-after-commit': {
          await server.arm(fault);
          try {
            return toResponse(await deliver(url, init));
          } finally {
            server.disarm();
          }
        }
        case 'duplicate': {
          let second = init.body;
          if (options.mintIdsOnDuplicate && typeof second === 'string') {
            const parsed = JSON.parse(second) as { ops?: Array<{ id: string }> };
            parsed.ops?.forEach((o) => (o.id = crypto.randomUUID()));
            second = JSON.stringify(parsed);
          }
          const [first] = await Promise.all([deliver(url, init), wait().then(() => deliver(url, init, second).catch(() => undefined))]);
          return toResponse(first);
        }
        case 'none':
          return toResponse(await deliver(url, init));
      }
    } finally {
      released();
    }
  }

  async function drain(): Promise<void> {
    heldBack.splice(0).forEach((go) => go());
    for (const copy of staleCopies.splice(0)) {
      count('late-copy-delivered');
      await deliver(copy.url, copy.init).catch(() => undefined);
    }
    if (restarting) await restarting;
    await Promise.all([...wire].map((p) => p.catch(() => undefined)));
  }
  return { net, fetch };
}
