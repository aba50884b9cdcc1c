import {
  DescribeStreamCommand,
  DescribeStreamSummaryCommand,
  InvalidArgumentException,
  KMSAccessDeniedException,
  KMSDisabledException,
  KMSInvalidStateException,
  KMSNotFoundException,
  KMSOptInRequired,
  KMSThrottlingException,
  LimitExceededException,
  ResourceInUseException,
  ResourceNotFoundException,
  StartStreamEncryptionCommand,
  StopStreamEncryptionCommand,
  ValidationException,
  type StartStreamEncryptionCommandInput,
} from '@aws-sdk/client-kinesis';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorldOptions } from '../../../src/index';
import { BINDINGS,
  ACCOUNT,
  activeStream,
  arnOf,
  body,
  creationDate,
  expectAwsError,
  kinesisHarness,
  rejectedWithoutChange,
  rejectionOf,
  T0,
  transitions,
  type KinesisHarness,
} from '../../../fixtures/kinesis';

const start = (input: Partial<StartStreamEncryptionCommandInput>) =>
  new StartStreamEncryptionCommand({ EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis', ...input } as StartStreamEncryptionCommandInput);

describe.each(BINDINGS)('StartStreamEncryption [%s]', (binding) => {
  let h: KinesisHarness;
  afterEach(() => h.restore());

  async function setup(options: WorldOptions = {}, ...names: string[]): Promise<void> {
    h = kinesisHarness({ binding, ...options });
    for (const n of names.length === 0 ? ['orders'] : names) await activeStream(h, n);
  }

  it('new streams report EncryptionType NONE and no KeyId at all, in both Describe forms [REAL]', async () => {
    await setup();
    const summary = await h.client.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }));
    expect(body(summary)).toStrictEqual({
      StreamDescriptionSummary: {
        StreamName: 'orders',
        StreamARN: arnOf('orders'),
        StreamStatus: 'ACTIVE',
        StreamModeDetails: { StreamMode: 'PROVISIONED' },
        RetentionPeriodHours: 24,
        StreamCreationTimestamp: creationDate(),
        EnhancedMonitoring: [{ ShardLevelMetrics: [] }],
        EncryptionType: 'NONE',
        OpenShardCount: 1,
        ConsumerCount: 0,
      },
    });
    const full = await h.client.send(new DescribeStreamCommand({ StreamName: 'orders' }));
    expect(full.StreamDescription?.EncryptionType).toBe('NONE');
    expect(full.StreamDescription).not.toHaveProperty('KeyId');
  });

  it('answers {} at once, UPDATING, then ACTIVE with KMS and the KeyId verbatim [DOC + REAL]', async () => {
    await setup();
    const out = await h.client.send(start({ StreamName: 'orders', KeyId: 'alias/aws/kinesis' }));
    expect(body(out)).toStrictEqual({});
    expect(Object.keys(out)).toStrictEqual(['$metadata']);
    const during = await h.client.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }));
    expect(during.StreamDescriptionSummary?.StreamStatus).toBe('UPDATING');
    h.clock.advance(4_999);
    expect(h.world.kinesis.describe('orders')?.StreamStatus).toBe('UPDATING');
    h.clock.advance(1);
    const after = await h.client.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }));
    expect(after.StreamDescriptionSummary).toMatchObject({ StreamStatus: 'ACTIVE', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' });
    expect(transitions(h.world).slice(2)).toStrictEqual([
      'StreamStatus ACTIVE->UPDATING',
      'EncryptionType NONE->KMS',
      'KeyId none->alias/aws/kinesis',
      'StreamStatus UPDATING->ACTIVE',
    ]);
    h.clock.advance(2_000);
    expect(transitions(h.world, 'RecordEncryption')).toStrictEqual(['RecordEncryption NONE->KMS']);
  });

  it('echoes each of the five KeyId forms exactly, with no normalisation [REAL]', async () => {
    await setup({}, 'guid', 'keyarn', 'aliasarn', 'aliasname', 'managed');
    const key = h.world.kms.createKey({ alias: 'alias/orders' });
    const forms: Record<string, string> = {
      guid: key.KeyId,
      keyarn: key.Arn,
      aliasarn: `arn:aws:kms:us-east-1:${ACCOUNT}:alias/orders`,
      aliasname: 'alias/orders',
      managed: 'alias/aws/kinesis',
    };
    for (const [stream, keyId] of Object.entries(forms)) await h.client.send(start({ StreamName: stream, KeyId: keyId }));
    h.clock.advance(5_000);
    for (const [stream, keyId] of Object.entries(forms)) {
      const summary = await h.client.send(new DescribeStreamSummaryCommand({ StreamName: stream }));
      const full = await h.client.send(new DescribeStreamCommand({ StreamName: stream }));
      expect(summary.StreamDescriptionSummary?.KeyId).toBe(keyId);
      expect(full.StreamDescription?.KeyId).toBe(keyId);
    }
  });

  it('the AWS managed key behind alias/aws/kinesis exists once a Start used it', async () => {
    await setup();
    expect(h.world.kms.describe('alias/aws/kinesis')).toBeUndefined();
    await h.client.send(start({ StreamName: 'orders', KeyId: 'alias/aws/kinesis' }));
    expect(h.world.kms.describe('alias/aws/kinesis')?.KeyManager).toBe('AWS');
  });

  describe('a rejected Start naming alias/aws/kinesis does not create the AWS managed key [DOC: created on first use]', () => {
    const rejections: [string, WorldOptions, (h: KinesisHarness) => Promise<unknown>][] = [
      ['ValidationException (bad StreamName)', {}, (k) => k.client.send(start({ StreamName: 'bad name!' }))],
      ["InvalidArgumentException (EncryptionType 'NONE')", {}, (k) => k.client.send(start({ StreamName: 'orders', EncryptionType: 'NONE' }))],
      ['InvalidArgumentException (no identifier)', {}, (k) => k.client.send(start({}))],
      ['InvalidArgumentException (ARN of another region)', {}, (k) => k.client.send(start({ StreamARN: arnOf('orders', 'eu-west-1') }))],
      [
        "InvalidArgumentException (nameAndArnDisagree: 'reject')",
        { kinesis: { behaviour: { nameAndArnDisagree: 'reject' } } },
        (k) => k.client.send(start({ StreamName: 'other', StreamARN: arnOf('orders') })),
      ],
      ['ResourceNotFoundException', {}, (k) => k.client.send(start({ StreamName: 'nope' }))],
      [
        'ResourceInUseException (CREATING)',
        {},
        (k) => {
          k.world.kinesis.createStream('fresh', { active: false });
          return k.client.send(start({ StreamName: 'fresh' }));
        },
      ],
      [
        'LimitExceededException',
        { kinesis: { limits: { keyApplicationsPer24h: 1 } } },
        async (k) => {
          await k.client.send(start({ StreamName: 'orders', KeyId: k.world.kms.createKey().KeyId }));
          k.clock.advance(5_000);
          return k.client.send(start({ StreamName: 'orders' }));
        },
      ],
    ];
    for (const [what, options, reject] of rejections) {
      it(what, async () => {
        await setup(options);
        const err = await rejectionOf(reject(h));
        expect(err.name).toBe(what.split(' ')[0]);
        expect(h.world.kms.describe('alias/aws/kinesis')).toBeUndefined();
        expect(h.world.model.kms.aliases.size).toBe(0);
        expect([...h.world.model.kms.keys.values()].filter((k) => k.manager === 'AWS')).toStrictEqual([]);
      });
    }
  });

  it('traces every transition in order, each at its own virtual time', async () => {
    await setup();
    const created = T0;
    const started = h.clock.now();
    expect(started).toBe(created + 10_000);
    await h.client.send(start({ StreamName: 'orders' }));
    h.clock.advance(5_000 + 2_000);
    await h.client.send(new StopStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
    const stopped = h.clock.now();
    h.clock.advance(60_000);
    const seen = h.world.trace
      .filter((e) => e.service === 'kinesis')
      .map((e) => (e.kind === 'call' ? `${e.time - T0} call ${e.operation}` : `${e.time - T0} ${e.property} ${e.from}->${e.to}`));
    const at = (t: number): number => t - T0;
    expect(seen).toStrictEqual([
      `${at(created)} call CreateStream`,
      `${at(created)} StreamStatus none->CREATING`,
      `${at(created + 10_000)} StreamStatus CREATING->ACTIVE`,
      `${at(started)} call StartStreamEncryption`,
      `${at(started)} StreamStatus ACTIVE->UPDATING`,
      `${at(started)} EncryptionType NONE->KMS`,
      `${at(started)} KeyId none->alias/aws/kinesis`,
      `${at(started + 5_000)} StreamStatus UPDATING->ACTIVE`,
      `${at(started + 7_000)} RecordEncryption NONE->KMS`,
      `${at(stopped)} call StopStreamEncryption`,
      `${at(stopped)} StreamStatus ACTIVE->UPDATING`,
      `${at(stopped)} EncryptionType KMS->NONE`,
      `${at(stopped)} KeyId alias/aws/kinesis->none`,
      `${at(stopped + 5_000)} StreamStatus UPDATING->ACTIVE`,
      `${at(stopped + 7_000)} RecordEncryption KMS->NONE`,
    ]);
    const seqs = h.world.trace.map((e) => e.seq);
    expect(seqs).toStrictEqual(seqs.map((_, i) => i));
    const times = h.world.trace.map((e) => e.time);
    expect(times).toStrictEqual([...times].sort((a, b) => a - b));
  });

  it('a second Start while UPDATING is ResourceInUseException `... not ACTIVE, instead in state UPDATING`; nothing changes [DOC + INF]', async () => {
    await setup();
    await h.client.send(start({ StreamName: 'orders' }));
    const key = h.world.kms.createKey();
    const err = await rejectedWithoutChange(h, h.client.send(start({ StreamName: 'orders', KeyId: key.KeyId })));
    expectAwsError(err, ResourceInUseException, `Stream orders under account ${ACCOUNT} not ACTIVE, instead in state UPDATING`);
    expect(h.world.kinesis.describe('orders')?.KeyId).toBe('alias/aws/kinesis');
  });

  it('Start while CREATING is ResourceInUseException `... instead in state CREATING` [INF]', async () => {
    h = kinesisHarness({ binding });
    h.world.kinesis.createStream('orders', { active: false });
    const err = await rejectedWithoutChange(h, h.client.send(start({ StreamName: 'orders' })));
    expectAwsError(err, ResourceInUseException, `Stream orders under account ${ACCOUNT} not ACTIVE, instead in state CREATING`);
  });

  it('Start while DELETING is ResourceInUseException `... instead in state DELETING` [UNKNOWN]', async () => {
    await setup();
    const { DeleteStreamCommand } = await import('@aws-sdk/client-kinesis');
    await h.client.send(new DeleteStreamCommand({ StreamName: 'orders' }));
    const err = await rejectionOf(h.client.send(start({ StreamName: 'orders' })));
    expectAwsError(err, ResourceInUseException, `Stream orders under account ${ACCOUNT} not ACTIVE, instead in state DELETING`);
  });

  it('an unknown stream is ResourceNotFoundException `Stream <n> under account <a> not found.`, by name or ARN [REAL]', async () => {
    await setup();
    expectAwsError(
      await rejectionOf(h.client.send(start({ StreamName: 'nope' }))),
      ResourceNotFoundException,
      `Stream nope under account ${ACCOUNT} not found.`,
    );
    expectAwsError(
      await rejectionOf(h.client.send(start({ StreamARN: arnOf('nope') }))),
      ResourceNotFoundException,
      `Stream nope under account ${ACCOUNT} not found.`,
    );
  });

  it('uses the configured account id in its messages [REAL]', async () => {
    h = kinesisHarness({ binding, accountId: '717623742438' });
    expectAwsError(
      await rejectionOf(h.client.send(start({ StreamName: 'AppenderExample' }))),
      ResourceNotFoundException,
      'Stream AppenderExample under account 717623742438 not found.',
    );
  });

  it("EncryptionType 'NONE' is InvalidArgumentException `Encryption type cannot be NONE.` (400); nothing changes [REAL for Stop, INF for Start]", async () => {
    await setup();
    const err = await rejectedWithoutChange(h, h.client.send(start({ StreamName: 'orders', EncryptionType: 'NONE' })));
    expectAwsError(err, InvalidArgumentException, 'Encryption type cannot be NONE.');
  });

  it('a missing, empty or 2049-character KeyId is ValidationException; so is an unknown EncryptionType [MODEL + REAL format]', async () => {
    await setup();
    expectAwsError(
      await rejectedWithoutChange(h, h.client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS' } as never))),
      ValidationException,
      "1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null",
    );
    expectAwsError(
      await rejectedWithoutChange(h, h.client.send(start({ StreamName: 'orders', KeyId: '' }))),
      ValidationException,
      "1 validation error detected: Value '' at 'keyId' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
    const long = 'k'.repeat(2049);
    expectAwsError(
      await rejectedWithoutChange(h, h.client.send(start({ StreamName: 'orders', KeyId: long }))),
      ValidationException,
      `1 validation error detected: Value '${long}' at 'keyId' failed to satisfy constraint: Member must have length less than or equal to 2048`,
    );
    expectAwsError(
      await rejectedWithoutChange(h, h.client.send(start({ StreamName: 'orders', EncryptionType: 'AES' as never }))),
      ValidationException,
      "1 validation error detected: Value 'AES' at 'encryptionType' failed to satisfy constraint: Member must satisfy enum value set: [NONE, KMS]",
    );
    expectAwsError(
      await rejectedWithoutChange(h, h.client.send(new StartStreamEncryptionCommand({ StreamName: 'orders' } as never))),
      ValidationException,
      "2 validation errors detected: Value null at 'encryptionType' failed to satisfy constraint: Member must not be null; " +
        "Value null at 'keyId' failed to satisfy constraint: Member must not be null",
    );
  });

  it('a bad StreamName (an ARN, an empty string) is ValidationException with AWS text; empty gives 2 errors [REAL]', async () => {
    await setup();
    const arn = arnOf('orders');
    expectAwsError(
      await rejectionOf(h.client.send(start({ StreamName: arn }))),
      ValidationException,
      `1 validation error detected: Value '${arn}' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+`,
    );
    expectAwsError(
      await rejectionOf(h.client.send(start({ StreamName: '' }))),
      ValidationException,
      "2 validation errors detected: Value '' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; " +
        "Value '' at 'streamName' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
    if (binding === 'send') {
      expectAwsError(
        await rejectionOf(h.client.send(start({ StreamARN: 'orders' }))),
        ValidationException,
        "1 validation error detected: Value 'orders' at 'streamARN' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:aws.*:kinesis:.*:\\d{12}:stream/\\S+",
      );
    } else {
      // Through the SDK's whole stack its endpoint rules refuse a StreamARN that is not an ARN before any
      // request is sent (docs/transport.md); the service's answer above is what curl or boto3 get.
      expect(await rejectionOf(h.client.send(start({ StreamARN: 'orders' })))).toMatchObject({ name: 'EndpointError' });
      expect(h.world.trace.filter((e) => e.kind === 'call' && e.operation === 'StartStreamEncryption' && e.input !== null && typeof e.input === 'object' && 'StreamARN' in e.input)).toEqual([]);
    }
  });

  it('accepts StreamId (not implemented by AWS) and validates its pattern', async () => {
    await setup();
    await h.client.send(start({ StreamName: 'orders', StreamId: 'abcdefghij0123456789-abc' }));
    expect(h.world.kinesis.describe('orders')?.StreamStatus).toBe('UPDATING');
    expectAwsError(
      await rejectionOf(h.client.send(start({ StreamName: 'orders', StreamId: 'X' }))),
      ValidationException,
      "1 validation error detected: Value 'X' at 'streamId' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-z0-9]{20}-[a-z0-9]{3}",
    );
  });

  it('rotates to another key with no Stop in between: UPDATING, then ACTIVE, still KMS, new KeyId [REAL]', async () => {
    await setup();
    const k1 = h.world.kms.createKey();
    const k2 = h.world.kms.createKey();
    await h.client.send(start({ StreamName: 'orders', KeyId: k1.KeyId }));
    h.clock.advance(5_000);
    await h.client.send(start({ StreamName: 'orders', KeyId: k2.Arn }));
    expect(h.world.kinesis.describe('orders')?.StreamStatus).toBe('UPDATING');
    h.clock.advance(5_000);
    expect(h.world.kinesis.describe('orders')).toMatchObject({ StreamStatus: 'ACTIVE', EncryptionType: 'KMS', KeyId: k2.Arn });
    expect(transitions(h.world, 'KeyId')).toStrictEqual([`KeyId none->${k1.KeyId}`, `KeyId ${k1.KeyId}->${k2.Arn}`]);
    expect(transitions(h.world, 'EncryptionType')).toStrictEqual(['EncryptionType NONE->KMS']);
  });

  describe('identifies the stream by StreamName, StreamARN or both [DOC]', () => {
    it('ARN alone, name alone, and both agreeing all work', async () => {
      await setup({}, 'a', 'b', 'c');
      await h.client.send(start({ StreamARN: arnOf('a') }));
      await h.client.send(start({ StreamName: 'b' }));
      await h.client.send(start({ StreamName: 'c', StreamARN: arnOf('c') }));
      for (const n of ['a', 'b', 'c']) expect(h.world.kinesis.describe(n)?.StreamStatus).toBe('UPDATING');
    });

    it('neither is InvalidArgumentException `Either StreamName or StreamARN must be provided.` [UNKNOWN text]', async () => {
      await setup();
      expectAwsError(await rejectionOf(h.client.send(start({}))), InvalidArgumentException, 'Either StreamName or StreamARN must be provided.');
    });

    it("both, naming different streams: the ARN wins by default (nameAndArnDisagree: 'arn') [UNKNOWN]", async () => {
      await setup({}, 'a', 'b');
      await h.client.send(start({ StreamName: 'a', StreamARN: arnOf('b') }));
      expect(h.world.kinesis.describe('a')?.StreamStatus).toBe('ACTIVE');
      expect(h.world.kinesis.describe('b')?.StreamStatus).toBe('UPDATING');
    });

    it("both, naming different streams, with nameAndArnDisagree: 'reject' is InvalidArgumentException", async () => {
      await setup({ kinesis: { behaviour: { nameAndArnDisagree: 'reject' } } }, 'a', 'b');
      const err = await rejectedWithoutChange(h, h.client.send(start({ StreamName: 'a', StreamARN: arnOf('b') })), 'b');
      expectAwsError(err, InvalidArgumentException, `StreamARN ${arnOf('b')} and StreamName a do not name the same stream.`);
      expect(h.world.kinesis.describe('a')?.StreamStatus).toBe('ACTIVE');
    });

    it('an ARN of another region is InvalidArgumentException; of another account, ResourceNotFoundException [INF]', async () => {
      await setup();
      const west = arnOf('orders', 'eu-west-1');
      expectAwsError(
        await rejectionOf(h.client.send(start({ StreamARN: west }))),
        InvalidArgumentException,
        `StreamARN ${west} is not in region us-east-1: provided ARNs must share the same region as the Kinesis endpoint.`,
      );
      expectAwsError(
        await rejectionOf(h.client.send(start({ StreamARN: arnOf('orders', 'us-east-1', '999999999999') }))),
        ResourceNotFoundException,
        'Stream orders under account 999999999999 not found.',
      );
    });
  });

  describe('KMS exceptions decided by the key, with the stream unchanged [MODEL + INF]', () => {
    const cases: [string, (h: KinesisHarness) => string, abstract new (...a: never[]) => Error, (h: KinesisHarness, keyId: string) => string][] = [
      [
        'a key id of no key',
        () => '11111111-2222-4333-8444-555555555555',
        KMSNotFoundException,
        () => `Key 'arn:aws:kms:us-east-1:${ACCOUNT}:key/11111111-2222-4333-8444-555555555555' does not exist`,
      ],
      ['an alias of no key', () => 'alias/nope', KMSNotFoundException, () => `Alias arn:aws:kms:us-east-1:${ACCOUNT}:alias/nope is not found.`],
      ['a KeyId of no known form', () => 'not-a-key', KMSNotFoundException, () => "Invalid keyId 'not-a-key'"],
      ['a key ARN of another region', (k) => k.world.kms.createKey({ region: 'eu-west-1' }).Arn, KMSNotFoundException, () => 'Invalid arn eu-west-1'],
      [
        'a disabled key',
        (k) => {
          const key = k.world.kms.createKey();
          k.world.kms.disable(key.KeyId);
          return key.KeyId;
        },
        KMSDisabledException,
        (k, id) => `${k.world.kms.describe(id)!.Arn} is disabled.`,
      ],
      [
        'a key pending deletion',
        (k) => {
          const key = k.world.kms.createKey({ alias: 'alias/doomed' });
          k.world.kms.scheduleDeletion(key.KeyId, 7);
          return 'alias/doomed';
        },
        KMSInvalidStateException,
        (k, id) => `${k.world.kms.describe(id)!.Arn} is pending deletion.`,
      ],
      [
        'a key the caller may not use',
        (k) => k.world.kms.createKey({ conditions: ['access-denied'] }).Arn,
        KMSAccessDeniedException,
        (_k, id) => `User: arn:aws:sts::${ACCOUNT}:assumed-role/kinesis-sse-harness/session is not authorized to perform: kms:GenerateDataKey on resource: ${id}`,
      ],
      [
        'a region not opted in to KMS',
        (k) => k.world.kms.createKey({ conditions: ['opt-in-required'] }).KeyId,
        KMSOptInRequired,
        () => 'The AWS Access Key Id needs a subscription for the service',
      ],
      [
        'a throttled key',
        (k) => k.world.kms.createKey({ conditions: ['throttled'] }).KeyId,
        KMSThrottlingException,
        () => 'You have exceeded the rate at which you may call KMS. Reduce the frequency of your calls.',
      ],
    ];
    for (const [what, keyOf, Class, message] of cases) {
      it(`${what} → ${Class.name}`, async () => {
        await setup();
        const keyId = keyOf(h);
        const err = await rejectedWithoutChange(h, h.client.send(start({ StreamName: 'orders', KeyId: keyId })));
        expectAwsError(err, Class, message(h, keyId));
        expect(h.world.kinesis.limits('orders').keyApplications.used).toBe(0);
      });
    }

    it("a key that cannot make data keys is InvalidArgumentException by default (wrongKeySpec: 'invalid-argument') [UNKNOWN]", async () => {
      await setup();
      const rsa = h.world.kms.createKey({ spec: 'RSA_2048' });
      const ecc = h.world.kms.createKey({ spec: 'ECC_NIST_P256' });
      expectAwsError(
        await rejectedWithoutChange(h, h.client.send(start({ StreamName: 'orders', KeyId: rsa.KeyId }))),
        InvalidArgumentException,
        `${rsa.Arn} key spec is RSA_2048 which is not valid for GenerateDataKey.`,
      );
      expectAwsError(
        await rejectedWithoutChange(h, h.client.send(start({ StreamName: 'orders', KeyId: ecc.KeyId }))),
        InvalidArgumentException,
        `${ecc.Arn} key usage is SIGN_VERIFY which is not valid for GenerateDataKey.`,
      );
    });

    it("wrongKeySpec: 'kms-invalid-state' makes it KMSInvalidStateException", async () => {
      await setup({ kinesis: { behaviour: { wrongKeySpec: 'kms-invalid-state' } } });
      const hmac = h.world.kms.createKey({ spec: 'HMAC_256' });
      expectAwsError(
        await rejectedWithoutChange(h, h.client.send(start({ StreamName: 'orders', KeyId: hmac.KeyId }))),
        KMSInvalidStateException,
        `${hmac.Arn} key usage is GENERATE_VERIFY_MAC which is not valid for GenerateDataKey.`,
      );
    });

    it('KMS exceptions are client faults with status 400 and the SDK names (KMSOptInRequired has no suffix) [MODEL + SDK]', async () => {
      await setup();
      const key = h.world.kms.createKey({ conditions: ['opt-in-required'] });
      const err = await rejectionOf(h.client.send(start({ StreamName: 'orders', KeyId: key.KeyId })));
      expect(err.name).toBe('KMSOptInRequired');
      expect(err.$fault).toBe('client');
    });
  });

  describe('25 successful new-key applications per rolling 24 hours [DOC]', () => {
    async function rotate(n: number, keys: string[]): Promise<void> {
      for (let i = 0; i < n; i++) {
        await h.client.send(start({ StreamName: 'orders', KeyId: keys[i % keys.length]! }));
        h.clock.advance(5_000);
      }
    }

    it('the 26th is LimitExceededException starting `Rate exceeded for stream`; allowed again as the window rolls', async () => {
      await setup();
      const keys = [h.world.kms.createKey().KeyId, h.world.kms.createKey().KeyId];
      await rotate(25, keys);
      const usage = h.world.kinesis.limits('orders').keyApplications;
      expect(usage).toStrictEqual({ used: 25, limit: 25, nextFreeAt: h.world.model.kinesis.keyApplications.events.values().next().value![0]! + 86_400_000 });
      const err = await rejectedWithoutChange(h, h.client.send(start({ StreamName: 'orders', KeyId: keys[1]! })));
      expectAwsError(
        err,
        LimitExceededException,
        `Rate exceeded for stream orders under account ${ACCOUNT}. You can successfully apply a new AWS KMS key for server-side encryption 25 times in a rolling 24-hour period.`,
      );
      expect(err.message.startsWith('Rate exceeded')).toBe(true);
      h.clock.set(usage.nextFreeAt! - 1);
      expect((await rejectionOf(h.client.send(start({ StreamName: 'orders', KeyId: keys[1]! })))).name).toBe('LimitExceededException');
      h.clock.set(usage.nextFreeAt!);
      await h.client.send(start({ StreamName: 'orders', KeyId: keys[1]! }));
      expect(h.world.kinesis.describe('orders')?.StreamStatus).toBe('UPDATING');
    });

    it('failed and rejected calls do not count; one send is one call (no retries at the send level) [DOC + SDK]', async () => {
      await setup({ kinesis: { limits: { keyApplicationsPer24h: 2 } } });
      const good = h.world.kms.createKey().KeyId;
      const other = h.world.kms.createKey().KeyId;
      const disabled = h.world.kms.createKey().KeyId;
      h.world.kms.disable(disabled);
      await rejectionOf(h.client.send(start({ StreamName: 'orders', KeyId: disabled })));
      await rejectionOf(h.client.send(start({ StreamName: 'orders', EncryptionType: 'NONE' })));
      await h.client.send(start({ StreamName: 'orders', KeyId: good }));
      await rejectionOf(h.client.send(start({ StreamName: 'orders', KeyId: other })));
      h.clock.advance(5_000);
      await h.client.send(start({ StreamName: 'orders', KeyId: other }));
      h.clock.advance(5_000);
      const err = await rejectionOf(h.client.send(start({ StreamName: 'orders', KeyId: good })));
      expectAwsError(err, LimitExceededException, /^Rate exceeded for stream orders under account 123456789012\. .* 2 times in a rolling 24-hour period\.$/);
      expect(h.stub.commandCalls(StartStreamEncryptionCommand)).toHaveLength(6);
      expect(h.world.trace.filter((e) => e.kind === 'call' && e.operation === 'StartStreamEncryption')).toHaveLength(6);
    });

    it("re-applying the stream's own key is not a new key application (startSameKey: 'update')", async () => {
      await setup({ kinesis: { limits: { keyApplicationsPer24h: 1 } } });
      const key = h.world.kms.createKey({ alias: 'alias/orders' });
      await h.client.send(start({ StreamName: 'orders', KeyId: key.KeyId }));
      h.clock.advance(5_000);
      await h.client.send(start({ StreamName: 'orders', KeyId: 'alias/orders' }));
      expect(h.world.kinesis.describe('orders')).toMatchObject({ StreamStatus: 'UPDATING', KeyId: 'alias/orders' });
      expect(h.world.kinesis.limits('orders').keyApplications.used).toBe(1);
    });

    it('counts per stream by default, per account with limitScope: account [UNKNOWN]', async () => {
      await setup({ kinesis: { limits: { keyApplicationsPer24h: 1 } } }, 'a', 'b');
      await h.client.send(start({ StreamName: 'a' }));
      await h.client.send(start({ StreamName: 'b' }));
      expect(h.world.kinesis.describe('b')?.StreamStatus).toBe('UPDATING');
      h.restore();
      await setup({ kinesis: { limits: { keyApplicationsPer24h: 1, limitScope: 'account' } } }, 'a', 'b');
      await h.client.send(start({ StreamName: 'a' }));
      expectAwsError(await rejectionOf(h.client.send(start({ StreamName: 'b' }))), LimitExceededException, /^Rate exceeded for stream b /);
      expect(h.world.kinesis.limits('b').keyApplications).toMatchObject({ used: 1, limit: 1 });
    });
  });

  describe('behaviour.startSameKey (Start naming the current key) [UNKNOWN]', () => {
    it("'update' (default): UPDATING again", async () => {
      await setup();
      await h.client.send(start({ StreamName: 'orders' }));
      h.clock.advance(5_000);
      await h.client.send(start({ StreamName: 'orders' }));
      expect(h.world.kinesis.describe('orders')?.StreamStatus).toBe('UPDATING');
    });

    it("'noop': {} and nothing changes", async () => {
      await setup({ kinesis: { behaviour: { startSameKey: 'noop' } } });
      await h.client.send(start({ StreamName: 'orders' }));
      h.clock.advance(5_000);
      const before = h.world.kinesis.describe('orders');
      const out = await h.client.send(start({ StreamName: 'orders' }));
      expect(body(out)).toStrictEqual({});
      expect(h.world.kinesis.describe('orders')).toStrictEqual(before);
    });

    it("'reject': InvalidArgumentException", async () => {
      await setup({ kinesis: { behaviour: { startSameKey: 'reject' } } });
      await h.client.send(start({ StreamName: 'orders' }));
      h.clock.advance(5_000);
      const err = await rejectedWithoutChange(h, h.client.send(start({ StreamName: 'orders' })));
      expectAwsError(err, InvalidArgumentException, `Stream orders under account ${ACCOUNT} is already encrypted with KMS key alias/aws/kinesis.`);
    });
  });

  describe('behaviour.describeWhileUpdating (what Describe shows while UPDATING) [UNKNOWN]', () => {
    const shown = async (mode: 'new' | 'old' | 'key-first'): Promise<unknown[]> => {
      await setup({ kinesis: { behaviour: { describeWhileUpdating: mode } } });
      const key = h.world.kms.createKey().KeyId;
      const seen: unknown[] = [];
      const look = async (): Promise<void> => {
        const s = (await h.client.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }))).StreamDescriptionSummary!;
        const d = (await h.client.send(new DescribeStreamCommand({ StreamName: 'orders' }))).StreamDescription!;
        expect([d.EncryptionType, d.KeyId]).toStrictEqual([s.EncryptionType, s.KeyId]);
        seen.push(`${s.StreamStatus} ${s.EncryptionType} ${s.KeyId ?? '-'}`);
      };
      await h.client.send(start({ StreamName: 'orders', KeyId: key }));
      await look();
      h.clock.advance(5_000);
      await look();
      await h.client.send(new StopStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: key }));
      await look();
      h.clock.advance(5_000);
      await look();
      return seen.map((s) => (s as string).replace(key, 'k'));
    };

    it("'new' (default): the new values at once", async () => {
      expect(await shown('new')).toStrictEqual(['UPDATING KMS k', 'ACTIVE KMS k', 'UPDATING NONE -', 'ACTIVE NONE -']);
    });
    it("'old': the old values until ACTIVE", async () => {
      expect(await shown('old')).toStrictEqual(['UPDATING NONE -', 'ACTIVE KMS k', 'UPDATING KMS k', 'ACTIVE NONE -']);
    });
    it("'key-first': the new KeyId at once, the new EncryptionType at ACTIVE", async () => {
      expect(await shown('key-first')).toStrictEqual(['UPDATING NONE k', 'ACTIVE KMS k', 'UPDATING KMS k', 'ACTIVE NONE -']);
    });
  });

  it('a fault plan failing the UPDATING transition leaves the stream ACTIVE with its old encryption, noted in the trace', async () => {
    await setup();
    h.world.model.transitionHooks.push((_w, r) =>
      r.kind === 'stream-updating' ? { failure: { type: 'KMS_ERROR', details: 'injected' }, label: 'fail-update' } : undefined,
    );
    await h.client.send(start({ StreamName: 'orders' }));
    expect(h.world.kinesis.describe('orders')).toMatchObject({ StreamStatus: 'UPDATING', EncryptionType: 'KMS' });
    h.clock.advance(60_000);
    expect(h.world.kinesis.describe('orders')).toMatchObject({ StreamStatus: 'ACTIVE', EncryptionType: 'NONE' });
    expect(h.world.kinesis.describe('orders')).not.toHaveProperty('KeyId');
    const last = h.world.trace.filter((e) => e.kind === 'transition' && e.property === 'StreamStatus').pop();
    expect(last).toMatchObject({ from: 'UPDATING', to: 'ACTIVE', detail: 'fail-update: KMS_ERROR: injected; encryption left as it was' });
    expect(transitions(h.world, 'RecordEncryption')).toStrictEqual([]);
  });
});
