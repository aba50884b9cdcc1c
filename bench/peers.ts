// Section: mockKinesis against kinesalite and kinesis-mock over loopback HTTP, when they run
// (bash ../shared/peers/start-peers.sh starts both).
import http from 'node:http';
import net from 'node:net';
import { CreateStreamCommand, DeleteStreamCommand, DescribeStreamSummaryCommand, KinesisClient, PutRecordCommand } from '@aws-sdk/client-kinesis';
import { compare, type BenchOptions, type Comparison, type Contender } from './harness';
import { kinesisModelBench, missingKinesisOperations } from './kinesis';

const CREDENTIALS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

export interface Peer {
  readonly name: string;
  readonly port: number;
}

/** The peers start-peers.sh starts, and their loopback ports (overridable by the script's variables). */
export const PEERS: readonly Peer[] = [
  { name: 'kinesalite', port: Number(process.env['KINESALITE_PORT'] ?? 4569) },
  { name: 'kinesis-mock', port: Number(process.env['KMOCK_PLAIN_PORT'] ?? 4568) },
];

/** Whether something accepts TCP connections on 127.0.0.1:port (within 500 ms). */
export function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (up: boolean): void => {
      socket.destroy();
      resolve(up);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

type HandlerCtor = new (options: { httpAgent: http.Agent }) => unknown;

/**
 * KinesisClient defaults to an HTTP/2 handler, which fails on the peers' plain http:// ports
 * (peers-baseline trap 7): use @smithy/node-http-handler's HTTP/1.1 NodeHttpHandler, a dependency
 * of the SDK, resolved from node_modules.
 */
async function nodeHttpHandler(): Promise<HandlerCtor | undefined> {
  try {
    const mod = (await import('@smithy/node-http-handler')) as { NodeHttpHandler?: HandlerCtor };
    return mod.NodeHttpHandler;
  } catch {
    return undefined;
  }
}

/**
 * Runs the peers section and prints it: for each peer that listens, mockKinesis and the peer
 * answer the same calls in interleaved rounds; prints how many times cheaper mockKinesis is. A peer
 * that does not listen gets the line "peer X not running".
 *
 * @example
 * ```ts
 * await runPeersSection(parseArgs(['--peers']));
 * ```
 */
export async function runPeersSection(options: BenchOptions): Promise<Comparison[]> {
  console.log('\nPeers: mockKinesis vs Kinesis emulators over loopback HTTP/1.1 (keep-alive)');
  const missing = missingKinesisOperations();
  if (missing.length > 0) {
    console.log(`  skipped — the world does not model ${missing.join(', ')} yet`);
    return [];
  }
  const Handler = await nodeHttpHandler();
  if (Handler === undefined) {
    console.log('  skipped — @smithy/node-http-handler cannot be resolved from node_modules (KinesisClient needs its HTTP/1.1 handler for http:// peers)');
    return [];
  }
  const peerOptions = { n: Math.max(1, Math.min(options.n, 200)), rounds: Math.max(1, Math.min(options.rounds, 5)), warmup: Math.min(options.warmup, 20) };
  const results: Comparison[] = [];
  for (const peer of PEERS) {
    if (!(await listening(peer.port))) {
      console.log(`  peer ${peer.name} not running (nothing listens on 127.0.0.1:${peer.port}; start it with: bash ../shared/peers/start-peers.sh)`);
      continue;
    }
    const endpoint = `http://127.0.0.1:${peer.port}`;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const client = new KinesisClient({ endpoint, region: 'us-east-1', credentials: CREDENTIALS, maxAttempts: 1, requestHandler: new Handler({ httpAgent: agent }) as never });
    const stream = `bench-${Date.now().toString(36)}`;
    const model = await kinesisModelBench();
    try {
      await client.send(new CreateStreamCommand({ StreamName: stream, ShardCount: 1 }));
      let active = false;
      for (let i = 0; i < 300 && !active; i++) {
        const s = await client.send(new DescribeStreamSummaryCommand({ StreamName: stream }));
        active = s.StreamDescriptionSummary?.StreamStatus === 'ACTIVE';
        if (!active) await sleep(50);
      }
      if (!active) {
        console.log(`  peer ${peer.name}: its stream never became ACTIVE; skipped`);
        continue;
      }
      const describe: Contender = { label: peer.name, call: () => client.send(new DescribeStreamSummaryCommand({ StreamName: stream })) };
      const put: Contender = {
        label: peer.name,
        call: (i) => client.send(new PutRecordCommand({ StreamName: stream, PartitionKey: `pk${i & 63}`, Data: Buffer.from(`record-${i}`) })),
      };
      for (const [op, mine, theirs] of [
        ['DescribeStreamSummary', model.describe, describe],
        ['PutRecord', model.put, put],
      ] as const) {
        const c = await compare(op, theirs, mine, peerOptions);
        results.push(c);
        console.log(
          `  ${op.padEnd(24)} ${peer.name.padEnd(14)} ${c.a.usPerOp.toFixed(0).padStart(6)} µs/op   mockKinesis ${c.b.usPerOp.toFixed(1).padStart(6)} µs/op   ` +
            `ratio ${peer.name}/mockKinesis ${c.ratio.toFixed(1)}× (per round: ${c.a.rounds.map((x, i) => (x / c.b.rounds[i]!).toFixed(1)).join(' ')})`,
        );
      }
    } catch (e) {
      console.log(`  peer ${peer.name}: failed — ${(e as Error).name}: ${(e as Error).message}`);
    } finally {
      await client.send(new DeleteStreamCommand({ StreamName: stream })).catch(() => undefined);
      client.destroy();
      agent.destroy();
      model.restore();
    }
  }
  return results;
}
