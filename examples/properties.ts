// The properties that find the bugs in the naive examples and hold for the correct ones. Each
// example runs consumer code with runScenario against generated scenarios (world options, the
// state the account starts in, faults) and states what must be true when the code says it is
// done. Each bug the naive version has gets a focused family of scenarios, so every bug is shown
// with its own shrunk counterexample; the correct version is checked against all of them.
// `npm run demo` runs them; spec/fast-check/examples.spec.ts proves both outcomes.
import { FirehoseClient } from '@aws-sdk/client-firehose';
import { KinesisClient } from '@aws-sdk/client-kinesis';
import { KMSClient } from '@aws-sdk/client-kms';
import * as fc from 'fast-check';
import {
  faultPlan,
  kmsKey,
  runScenario,
  worldOptions,
  type Scenario,
  type ScenarioStream,
  type TimelineOptions,
} from 'kinesis-sse-harness/fast-check';
import { deploy, deployNaive, enforceEncryption, enforceEncryptionNaive } from './concurrent-encryption';
import { encryptThenPublish, encryptThenPublishNaive } from './encrypt-then-publish';
import { ensureStreamEncrypted, ensureStreamEncryptedNaive } from './ensure-stream-encrypted';
import { enableEncryption, enableEncryptionNaive } from './firehose-enable-encryption';
import { rotateStreamKey, rotateStreamKeyNaive, runRotationSchedule } from './rotate-stream-key';
import { guardProperty } from './guard-property';
import { StreamEncryptionGuard, StreamEncryptionGuardNaive } from './stream-encryption-guard';

const REGION = 'us-east-1';
const HOUR = 60 * 60_000;

/** Fails the property with a sentence saying what was wrong. */
function must(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Error(what);
}

function describeError(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/** A bug of a naive version, with the scenarios that reveal it. */
export interface Bug {
  /** What the naive version gets wrong, in a few words. */
  readonly name: string;
  /** The scenarios that reveal it (absent for a model-based or race example, whose steps or orders are generated instead). */
  readonly scenarios?: fc.Arbitrary<Scenario>;
  /** What the property's failure says when it finds this bug. */
  readonly signature: RegExp;
  /** The seed the demo and the specs use (a fixed one keeps the output stable). */
  readonly seed: number;
}

/** One example: a consumer function in two versions, the property that tells them apart, its bugs. */
export interface Example {
  readonly name: string;
  readonly title: string;
  readonly bugs: readonly Bug[];
  /** The property for one version, focused on one bug's scenarios (default: every bug's, mixed). */
  property(version: 'naive' | 'correct', bug?: Bug): fc.IAsyncPropertyWithHooks<[unknown]>;
  /** How many runs the correct version is checked with (and the most the naive one may need). */
  readonly numRuns: number;
  /** How the demo prints this example's timelines. */
  readonly timeline?: TimelineOptions;
}

function example(e: Omit<Example, 'property'> & { readonly check: (version: 'naive' | 'correct', scenario: Scenario) => Promise<void> }): Example {
  const all = fc.oneof(...e.bugs.flatMap((b) => (b.scenarios === undefined ? [] : [b.scenarios])));
  return {
    name: e.name,
    title: e.title,
    bugs: e.bugs,
    numRuns: e.numRuns,
    ...(e.timeline === undefined ? {} : { timeline: e.timeline }),
    property: (version, bug) => fc.asyncProperty(bug?.scenarios ?? all, (s) => e.check(version, s)) as fc.IAsyncPropertyWithHooks<[unknown]>,
  };
}

// 1. A remediation that ensures a stream is encrypted with a key that works.
function ensureScenarios(stream: fc.Arbitrary<'unencrypted' | 'creating' | 'encrypted'>, oldKeyStates: fc.Arbitrary<Scenario['keys']>): fc.Arbitrary<Scenario> {
  return fc
    .record(
      {
        world: worldOptions({ services: ['kinesis'], behaviours: 'default' }),
        stream,
        keys: oldKeyStates,
        faults: faultPlan({ kinds: ['slow-transition'], transitions: ['stream-updating', 'stream-creating'], maxFaults: 1 }),
      },
      { noNullPrototype: true },
    )
    .map(({ world, stream: state, keys, faults }): Scenario => {
      const orders: ScenarioStream =
        state === 'creating' ? { name: 'orders', status: 'CREATING' } : state === 'encrypted' ? { name: 'orders', encryption: { keyId: 'alias/old' } } : { name: 'orders' };
      return { world, keys: [{ alias: 'alias/target' }, ...(keys ?? [])], streams: [orders], ...(faults.length === 0 ? {} : { faults }) };
    });
}

const ensureExample = example({
  name: 'ensure-stream-encrypted',
  title: 'A remediation that ensures a stream is encrypted with a usable key',
  numRuns: 100,
  bugs: [
    {
      name: 'not waiting for ACTIVE',
      scenarios: ensureScenarios(fc.constantFrom('unencrypted', 'creating'), fc.constant([])),
      signature: /the stream is UPDATING|ResourceInUseException/,
      seed: 1,
    },
    {
      name: 'ignoring a disabled key',
      scenarios: ensureScenarios(fc.constant('encrypted'), kmsKey({ alias: 'alias/old', states: ['Disabled', 'PendingDeletion'] }).map((k) => [k])),
      signature: /key alias\/old is (Disabled|PendingDeletion)/,
      seed: 1,
    },
  ],
  check: async (version, scenario) => {
    const ensure = version === 'naive' ? ensureStreamEncryptedNaive : ensureStreamEncrypted;
    const r = await runScenario(scenario, () =>
      ensure(new KinesisClient({ region: REGION }), new KMSClient({ region: REGION }), { streamName: 'orders', keyId: 'alias/target' }),
    );
    must(r.ok, `ensureStreamEncrypted failed: ${describeError(r.error)}`);
    const d = r.world.kinesis.describe('orders');
    must(d?.StreamStatus === 'ACTIVE', `ensureStreamEncrypted returned '${String(r.value)}' but the stream is ${d?.StreamStatus}`);
    must(d.EncryptionType === 'KMS' && d.KeyId !== undefined, `ensureStreamEncrypted returned '${String(r.value)}' but the stream is not encrypted`);
    const key = r.world.kms.describe(d.KeyId);
    must(key?.KeyState === 'Enabled', `ensureStreamEncrypted returned '${String(r.value)}' but the stream's key ${d.KeyId} is ${key?.KeyState ?? 'gone'}`);
  },
});

// 2. A scheduled key rotation, every hour for a day.
const rotationScenarios: fc.Arbitrary<Scenario> = fc
  .record(
    {
      world: worldOptions({ services: ['kinesis'], behaviours: 'default' }),
      faults: faultPlan({
        kinds: ['slow-transition', 'throttle'],
        services: ['kinesis'],
        operations: { kinesis: ['StartStreamEncryption'] },
        transitions: ['stream-updating'],
        horizonMs: 24 * HOUR,
        maxExtraDelayMs: 150_000,
      }),
    },
    { noNullPrototype: true },
  )
  .map(({ world, faults }): Scenario => ({
    world,
    keys: [{ alias: 'alias/initial' }],
    streams: [{ name: 'orders', encryption: { keyId: 'alias/initial' } }],
    ...(faults.length === 0 ? {} : { faults }),
  }));

const rotationExample = example({
  name: 'rotate-stream-key',
  title: 'A scheduled key rotation (every hour, for a day)',
  numRuns: 40,
  timeline: { last: 24 },
  bugs: [{ name: 'exceeding 25 key applications per 24 hours through retries', scenarios: rotationScenarios, signature: /25-per-24-hours limit/, seed: 3 }],
  check: async (version, scenario) => {
    const rotate = version === 'naive' ? rotateStreamKeyNaive : rotateStreamKey;
    const r = await runScenario(
      scenario,
      () => {
        const kinesis = new KinesisClient({ region: REGION });
        const kms = new KMSClient({ region: REGION });
        return runRotationSchedule(() => rotate(kinesis, kms, 'orders'), 24);
      },
      { budgetMs: 26 * HOUR },
    );
    must(r.ok, `the rotation schedule failed: ${describeError(r.error)}`);
    const limited = r.trace.find((e) => e.kind === 'call' && e.operation === 'StartStreamEncryption' && e.error?.type === 'LimitExceededException' && e.fault === undefined);
    must(limited === undefined, `a rotation ran into the 25-per-24-hours limit: ${limited?.kind === 'call' ? limited.error?.message : ''}`);
    const throttled = r.faults.some((f) => f.label.includes('throttle'));
    const failed = r.value.filter((x) => !x.ok);
    must(throttled || failed.length === 0, `${failed.length} of 24 rotations failed without any fault: ${failed.map((f) => (f.ok ? '' : f.error)).join('; ')}`);
    const last = [...r.value].reverse().find((x) => x.ok);
    const d = r.world.kinesis.describe('orders');
    if (last?.ok === true) must(d?.StreamStatus === 'ACTIVE' && d.KeyId === last.keyId, `the last rotation returned ${last.keyId} but the stream is ${d?.StreamStatus} on ${d?.KeyId}`);
  },
});

// 3. Firehose: enable encryption with a customer managed key, and verify it.
function firehoseScenarios(
  key: fc.Arbitrary<NonNullable<Scenario['keys']>[number]>,
  enabling: { readonly min: number; readonly max: number },
  faults: fc.Arbitrary<NonNullable<Scenario['faults']>>,
): fc.Arbitrary<Scenario> {
  return fc
    .record(
      {
        world: worldOptions({ services: ['firehose'], behaviours: 'default' }),
        enabling: fc.integer(enabling),
        key,
        faults,
      },
      { noNullPrototype: true },
    )
    .map(({ world, enabling: ms, key: k, faults: f }): Scenario => ({
      world: { ...world, firehose: { ...world.firehose, durations: { ...world.firehose?.durations, enabling: ms } } },
      keys: [k],
      deliveryStreams: [{ name: 'clicks' }],
      ...(f.length === 0 ? {} : { faults: f }),
    }));
}

const firehoseExample = example({
  name: 'firehose-enable-encryption',
  title: 'Firehose: enable encryption with a customer managed key, and verify it',
  numRuns: 100,
  bugs: [
    {
      name: 'treating ENABLING_FAILED as success',
      scenarios: firehoseScenarios(
        kmsKey({ alias: 'alias/clicks', conditions: ['access-denied'] }),
        { min: 1_000, max: 30_000 },
        faultPlan({ kinds: ['transition-failure', 'key'], transitions: ['encryption-enabling'], keyIds: ['alias/clicks'], keyChanges: ['disable', 'revoke-access'], horizonMs: 30_000, maxFaults: 2 }),
      ),
      signature: /the encryption status is ENABLING_FAILED/,
      seed: 2,
    },
    {
      name: 'treating a timeout as success',
      scenarios: firehoseScenarios(
        kmsKey({ alias: 'alias/clicks', states: ['Enabled'] }),
        { min: 1_000, max: 180_000 },
        faultPlan({ kinds: ['slow-transition'], transitions: ['encryption-enabling'], maxExtraDelayMs: 120_000, maxFaults: 1 }),
      ),
      signature: /the encryption status is ENABLING(?!_FAILED)/,
      seed: 2,
    },
  ],
  check: async (version, scenario) => {
    const enable = version === 'naive' ? enableEncryptionNaive : enableEncryption;
    let keyArn = '';
    const r = await runScenario(scenario, ({ world }) => {
      keyArn = world.kms.describe('alias/clicks')!.Arn;
      return enable(new FirehoseClient({ region: REGION }), 'clicks', keyArn);
    });
    must(!r.hung, `enableEncryption hung: ${describeError(r.error)}`);
    const key = scenario.keys![0]!;
    const healthy = (key.state ?? 'Enabled') === 'Enabled' && (key.conditions ?? []).length === 0 && scenario.faults === undefined;
    must(r.ok || !healthy, `enableEncryption failed with a usable key and no faults: ${describeError(r.error)}`);
    if (!r.ok) return;
    const config = r.world.firehose.describe('clicks')?.DeliveryStreamEncryptionConfiguration;
    must(config?.Status === 'ENABLED', `enableEncryption resolved but the encryption status is ${config?.Status}`);
    must(config.KeyARN === keyArn, `enableEncryption resolved but the stream reports key ${config.KeyARN ?? config.KeyType}`);
    must(r.world.firehose.keyInEffect('clicks')?.KeyARN === keyArn, 'enableEncryption resolved but Firehose is not encrypting with the key');
  },
});

// 4. Publishing a sensitive record right after turning encryption on.
const publishScenarios: fc.Arbitrary<Scenario> = worldOptions({ services: ['kinesis'], behaviours: 'default' }).map(
  (world): Scenario => ({ world, keys: [{ alias: 'alias/orders' }], streams: [{ name: 'orders' }] }),
);

const publishExample = example({
  name: 'encrypt-then-publish',
  title: 'Publishing sensitive records once the stream is encrypted',
  numRuns: 100,
  bugs: [{ name: 'trusting a record written right after encryption started to be encrypted', scenarios: publishScenarios, signature: /written unencrypted/, seed: 4 }],
  check: async (version, scenario) => {
    const publish = version === 'naive' ? encryptThenPublishNaive : encryptThenPublish;
    const r = await runScenario(scenario, () => publish(new KinesisClient({ region: REGION }), 'orders', 'alias/orders', new TextEncoder().encode('card=4111…')));
    must(r.ok, `publishing failed: ${describeError(r.error)}`);
    const sensitive = r.world.kinesis.records('orders').filter((x) => x.PartitionKey === 'sensitive');
    must(sensitive.length === 1, `expected one sensitive record, found ${sensitive.length}`);
    must(sensitive[0]!.encrypted, `the sensitive record was written unencrypted at +${(sensitive[0]!.time - r.start) / 1000}s`);
  },
});

// 5. A stateful class, tested model-based (examples/guard-property.ts): its own command
// (ensure()) interleaved with what the rest of the world does.
const guardExample: Example = {
  name: 'stream-encryption-guard',
  title: 'A stateful guard class, tested model-based (ensure() between key changes and time passing)',
  numRuns: 60,
  bugs: [{ name: 'trusting a cached verification after the key was disabled', signature: /ensure\(\) resolved but the stream's key alias\/primary is (Disabled|PendingDeletion)/, seed: 5 }],
  property: (version) => guardProperty(version === 'naive' ? StreamEncryptionGuardNaive : StreamEncryptionGuard) as fc.IAsyncPropertyWithHooks<[unknown]>,
};

// 6. Two jobs racing on one stream, tested with fast-check's scheduler: every SDK call reaches the
// world only when the scheduler releases it, so fast-check tries the orders the calls can take.
const raceScenario: Scenario = { world: { seed: 0 }, keys: [{ alias: 'alias/app' }, { alias: 'alias/default' }], streams: [{ name: 'orders' }] };

const raceExample: Example = {
  name: 'concurrent-encryption',
  title: 'A deploy step and a compliance job racing on one stream (race testing with fc.scheduler)',
  numRuns: 100,
  bugs: [{ name: 'assuming nothing changes the stream between a read and a Start', signature: /ResourceInUseException/, seed: 6 }],
  property: (version) =>
    fc.asyncProperty(fc.scheduler(), async (scheduler) => {
      const [deployTo, enforce] = version === 'naive' ? [deployNaive, enforceEncryptionNaive] : [deploy, enforceEncryption];
      const r = await runScenario(
        raceScenario,
        () => {
          const kinesis = new KinesisClient({ region: REGION });
          return Promise.all([deployTo(kinesis, 'orders', 'alias/app'), enforce(kinesis, 'orders', 'alias/default')]);
        },
        { scheduler },
      );
      must(r.ok, `a job failed: ${describeError(r.error)}`);
      const d = r.world.kinesis.describe('orders');
      must(d?.EncryptionType === 'KMS' && d.KeyId === 'alias/app', `both jobs resolved but the stream is ${d?.EncryptionType} ${d?.KeyId ?? ''}, not on alias/app`);
    }) as fc.IAsyncPropertyWithHooks<[unknown]>,
};

/** The examples, in the order the demo shows them. */
export const EXAMPLES: readonly Example[] = [ensureExample, rotationExample, firehoseExample, publishExample, guardExample, raceExample];

/**
 * The property of one example, as the demo checks it: `exampleProperty('ensure-stream-encrypted', 'naive',
 * 'not waiting for ACTIVE')` is the `property` of the demo's "Replay it" line for that bug.
 */
export function exampleProperty(name: string, version: 'naive' | 'correct', bugName?: string): fc.IAsyncPropertyWithHooks<[unknown]> {
  const example = EXAMPLES.find((e) => e.name === name);
  if (example === undefined) throw new TypeError(`no example named ${JSON.stringify(name)}; the examples: ${EXAMPLES.map((e) => e.name).join(', ')}`);
  if (bugName === undefined) return example.property(version);
  const bug = example.bugs.find((b) => b.name === bugName);
  if (bug === undefined) throw new TypeError(`example ${name} has no bug named ${JSON.stringify(bugName)}; its bugs: ${example.bugs.map((b) => JSON.stringify(b.name)).join(', ')}`);
  return example.property(version, bug);
}
