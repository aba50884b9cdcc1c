import {
  DescribeStreamCommand,
  DescribeStreamSummaryCommand,
  InvalidArgumentException,
  LimitExceededException,
  ResourceInUseException,
  ResourceNotFoundException,
  StartStreamEncryptionCommand,
  StopStreamEncryptionCommand,
  ValidationException,
  type StopStreamEncryptionCommandInput,
} from '@aws-sdk/client-kinesis';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorldOptions } from '../../../src/index';
import { BINDINGS, ACCOUNT, activeStream, arnOf, body, encryptStream, expectAwsError, kinesisHarness, rejectedWithoutChange, rejectionOf, transitions, type KinesisHarness } from '../../../fixtures/kinesis';

const stop = (input: Partial<StopStreamEncryptionCommandInput>) =>
  new StopStreamEncryptionCommand({ EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis', ...input } as StopStreamEncryptionCommandInput);

describe.each(BINDINGS)('StopStreamEncryption [%s]', (binding) => {
  let h: KinesisHarness;
  afterEach(() => h.restore());

  async function encrypted(options: WorldOptions = {}, keyId = 'alias/aws/kinesis'): Promise<void> {
    h = kinesisHarness({ binding, ...options });
    await activeStream(h, 'orders');
    await encryptStream(h, 'orders', keyId);
  }

  it('with the current key: {} at once, UPDATING, then ACTIVE with EncryptionType NONE and no KeyId [DOC + REAL]', async () => {
    await encrypted();
    const out = await h.client.send(stop({ StreamName: 'orders', KeyId: 'alias/aws/kinesis' }));
    expect(body(out)).toStrictEqual({});
    expect(h.world.kinesis.describe('orders')?.StreamStatus).toBe('UPDATING');
    h.clock.advance(5_000);
    const summary = (await h.client.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }))).StreamDescriptionSummary!;
    const full = (await h.client.send(new DescribeStreamCommand({ StreamName: 'orders' }))).StreamDescription!;
    expect(summary).toMatchObject({ StreamStatus: 'ACTIVE', EncryptionType: 'NONE' });
    expect(summary).not.toHaveProperty('KeyId');
    expect(full.EncryptionType).toBe('NONE');
    expect(full).not.toHaveProperty('KeyId');
    expect(transitions(h.world, 'KeyId')).toStrictEqual(['KeyId none->alias/aws/kinesis', 'KeyId alias/aws/kinesis->none']);
  });

  it('KMS → NONE → KMS round-trips; Start works again after a Stop [REAL]', async () => {
    await encrypted();
    await h.client.send(stop({ StreamName: 'orders' }));
    h.clock.advance(5_000);
    const key = h.world.kms.createKey();
    await h.client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: key.KeyId }));
    h.clock.advance(5_000);
    expect(h.world.kinesis.describe('orders')).toMatchObject({ StreamStatus: 'ACTIVE', EncryptionType: 'KMS', KeyId: key.KeyId });
    expect(transitions(h.world, 'EncryptionType')).toStrictEqual(['EncryptionType NONE->KMS', 'EncryptionType KMS->NONE', 'EncryptionType NONE->KMS']);
  });

  it("EncryptionType 'NONE' is InvalidArgumentException `Encryption type cannot be NONE.` [REAL]", async () => {
    await encrypted();
    const err = await rejectedWithoutChange(h, h.client.send(stop({ StreamName: 'orders', EncryptionType: 'NONE' })));
    expectAwsError(err, InvalidArgumentException, 'Encryption type cannot be NONE.');
  });

  describe('never answers a KMS exception, whatever became of the key [MODEL: Stop lists no KMS* errors]', () => {
    const spoil: [string, (h: KinesisHarness, keyId: string) => void][] = [
      ['disabled', (k, id) => k.world.kms.disable(id)],
      ['pending deletion', (k, id) => k.world.kms.scheduleDeletion(id, 7)],
      ['access denied', (k, id) => k.world.kms.setCondition(id, 'access-denied')],
      ['opt-in required', (k, id) => k.world.kms.setCondition(id, 'opt-in-required')],
      ['throttled', (k, id) => k.world.kms.setCondition(id, 'throttled')],
      [
        'all at once',
        (k, id) => {
          k.world.kms.setCondition(id, 'throttled');
          k.world.kms.setCondition(id, 'access-denied');
          k.world.kms.setCondition(id, 'opt-in-required');
          k.world.kms.disable(id);
        },
      ],
    ];
    for (const [what, apply] of spoil) {
      it(`key ${what}: Stop answers {} and the stream ends ACTIVE, NONE, no KeyId; Describe answers too`, async () => {
        h = kinesisHarness({ binding });
        await activeStream(h, 'orders');
        const key = h.world.kms.createKey({ alias: 'alias/spoilt' });
        await encryptStream(h, 'orders', 'alias/spoilt');
        apply(h, key.KeyId);
        // Describe* never answer a KMS exception either
        expect((await h.client.send(new DescribeStreamCommand({ StreamName: 'orders' }))).StreamDescription?.KeyId).toBe('alias/spoilt');
        expect((await h.client.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }))).StreamDescriptionSummary?.KeyId).toBe('alias/spoilt');
        expect(body(await h.client.send(stop({ StreamName: 'orders', KeyId: 'alias/spoilt' })))).toStrictEqual({});
        h.clock.advance(5_000);
        const summary = (await h.client.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }))).StreamDescriptionSummary!;
        expect(summary).toMatchObject({ StreamStatus: 'ACTIVE', EncryptionType: 'NONE' });
        expect(summary).not.toHaveProperty('KeyId');
      });
    }
  });

  it('needs ACTIVE: while UPDATING or CREATING it is ResourceInUseException [DOC + INF]', async () => {
    await encrypted();
    await h.client.send(stop({ StreamName: 'orders' }));
    expectAwsError(
      await rejectedWithoutChange(h, h.client.send(stop({ StreamName: 'orders' }))),
      ResourceInUseException,
      `Stream orders under account ${ACCOUNT} not ACTIVE, instead in state UPDATING`,
    );
    h.world.kinesis.createStream('fresh', { active: false });
    expectAwsError(
      await rejectionOf(h.client.send(stop({ StreamName: 'fresh' }))),
      ResourceInUseException,
      `Stream fresh under account ${ACCOUNT} not ACTIVE, instead in state CREATING`,
    );
  });

  it('an unknown stream is ResourceNotFoundException, by name or ARN [REAL]', async () => {
    await encrypted();
    expectAwsError(await rejectionOf(h.client.send(stop({ StreamName: 'nope' }))), ResourceNotFoundException, `Stream nope under account ${ACCOUNT} not found.`);
    expectAwsError(await rejectionOf(h.client.send(stop({ StreamARN: arnOf('nope') }))), ResourceNotFoundException, `Stream nope under account ${ACCOUNT} not found.`);
  });

  it('identifies the stream by ARN alone [DOC]', async () => {
    await encrypted();
    await h.client.send(stop({ StreamARN: arnOf('orders') }));
    expect(h.world.kinesis.describe('orders')?.StreamStatus).toBe('UPDATING');
  });

  it('validates KeyId and EncryptionType like Start [MODEL]', async () => {
    await encrypted();
    expectAwsError(
      await rejectedWithoutChange(h, h.client.send(stop({ StreamName: 'orders', KeyId: '' }))),
      ValidationException,
      "1 validation error detected: Value '' at 'keyId' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
    expectAwsError(
      await rejectedWithoutChange(h, h.client.send(new StopStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS' } as never))),
      ValidationException,
      "1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null",
    );
  });

  describe('behaviour.stopWhenUnencrypted [UNKNOWN]', () => {
    it("'accept' (default): UPDATING and back to ACTIVE, still NONE; it counts as a stop", async () => {
      h = kinesisHarness({ binding });
      await activeStream(h, 'orders');
      await h.client.send(stop({ StreamName: 'orders' }));
      expect(h.world.kinesis.describe('orders')?.StreamStatus).toBe('UPDATING');
      h.clock.advance(5_000);
      expect(h.world.kinesis.describe('orders')).toMatchObject({ StreamStatus: 'ACTIVE', EncryptionType: 'NONE' });
      expect(h.world.kinesis.limits('orders').stops.used).toBe(1);
      expect(transitions(h.world, 'EncryptionType')).toStrictEqual([]);
    });

    it("'reject': InvalidArgumentException `Stream <n> under account <a> is not encrypted with KMS.`", async () => {
      h = kinesisHarness({ binding, kinesis: { behaviour: { stopWhenUnencrypted: 'reject' } } });
      await activeStream(h, 'orders');
      const err = await rejectedWithoutChange(h, h.client.send(stop({ StreamName: 'orders' })));
      expectAwsError(err, InvalidArgumentException, `Stream orders under account ${ACCOUNT} is not encrypted with KMS.`);
      expect(h.world.kinesis.limits('orders').stops.used).toBe(0);
    });
  });

  describe('behaviour.stopWithOtherKey [UNKNOWN]', () => {
    it("'accept' (default): a KeyId that is not the stream's still stops encryption", async () => {
      await encrypted();
      await h.client.send(stop({ StreamName: 'orders', KeyId: 'alias/something-else' }));
      h.clock.advance(5_000);
      expect(h.world.kinesis.describe('orders')?.EncryptionType).toBe('NONE');
    });

    it("'reject': InvalidArgumentException; another form of the same key is still accepted", async () => {
      h = kinesisHarness({ binding, kinesis: { behaviour: { stopWithOtherKey: 'reject' } } });
      await activeStream(h, 'orders');
      const key = h.world.kms.createKey({ alias: 'alias/orders' });
      await encryptStream(h, 'orders', 'alias/orders');
      const err = await rejectedWithoutChange(h, h.client.send(stop({ StreamName: 'orders', KeyId: 'alias/other' })));
      expectAwsError(err, InvalidArgumentException, `KeyId alias/other does not match the KMS key alias/orders of stream orders under account ${ACCOUNT}.`);
      await h.client.send(stop({ StreamName: 'orders', KeyId: key.Arn }));
      expect(h.world.kinesis.describe('orders')?.StreamStatus).toBe('UPDATING');
    });
  });

  it('the 26th stop in a rolling 24 hours is LimitExceededException `Rate exceeded for stream ...`; allowed again as the window rolls [DOC]', async () => {
    await encrypted();
    const started = h.clock.now();
    for (let i = 0; i < 25; i++) {
      await h.client.send(stop({ StreamName: 'orders' }));
      h.clock.advance(5_000);
      if (i < 24) {
        await h.client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
        h.clock.advance(5_000);
      }
    }
    expect(h.world.kinesis.limits('orders').stops).toStrictEqual({ used: 25, limit: 25, nextFreeAt: started + 86_400_000 });
    const err = await rejectedWithoutChange(h, h.client.send(stop({ StreamName: 'orders' })));
    expectAwsError(
      err,
      LimitExceededException,
      `Rate exceeded for stream orders under account ${ACCOUNT}. You can successfully disable server-side encryption 25 times in a rolling 24-hour period.`,
    );
    h.clock.set(started + 86_400_000);
    await h.client.send(stop({ StreamName: 'orders' }));
    expect(h.world.kinesis.limits('orders').stops.used).toBe(25);
  });

  it('failed and rejected Stops do not count towards the limit [DOC: "successfully disable"]', async () => {
    await encrypted({ kinesis: { limits: { stopsPer24h: 1 } } });
    h.world.kinesis.createStream('fresh', { active: false });
    await rejectionOf(h.client.send(stop({ StreamName: 'orders', EncryptionType: 'NONE' })));
    await rejectionOf(h.client.send(stop({ StreamName: 'orders', KeyId: '' })));
    await rejectionOf(h.client.send(stop({ StreamName: 'nope' })));
    await rejectionOf(h.client.send(stop({ StreamName: 'fresh' })));
    expect(h.world.kinesis.limits('orders').stops).toStrictEqual({ used: 0, limit: 1 });
    await h.client.send(stop({ StreamName: 'orders' }));
    expect(await rejectionOf(h.client.send(stop({ StreamName: 'orders' })))).toBeInstanceOf(ResourceInUseException);
    expect(h.world.kinesis.limits('orders').stops).toMatchObject({ used: 1, limit: 1 });
  });

  it('Stops and new-key Starts are counted apart: using up one leaves the other [DOC: two separate limits]', async () => {
    h = kinesisHarness({ binding, kinesis: { limits: { keyApplicationsPer24h: 1, stopsPer24h: 1 } } });
    await activeStream(h, 'orders');
    await encryptStream(h, 'orders');
    expect(h.world.kinesis.limits('orders')).toMatchObject({ keyApplications: { used: 1, limit: 1 }, stops: { used: 0, limit: 1 } });
    // the key allowance is used up, yet a Stop is allowed
    await h.client.send(stop({ StreamName: 'orders' }));
    h.clock.advance(5_000);
    expect(h.world.kinesis.limits('orders')).toMatchObject({ keyApplications: { used: 1 }, stops: { used: 1 } });
    expectAwsError(
      await rejectionOf(h.client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }))),
      LimitExceededException,
      /^Rate exceeded for stream orders under account 123456789012\. You can successfully apply a new AWS KMS key/,
    );
    expect(h.world.kinesis.describe('orders')).toMatchObject({ StreamStatus: 'ACTIVE', EncryptionType: 'NONE' });
  });

  it('limits.stopsPer24h changes the limit', async () => {
    await encrypted({ kinesis: { limits: { stopsPer24h: 1 } } });
    await h.client.send(stop({ StreamName: 'orders' }));
    h.clock.advance(5_000);
    expectAwsError(await rejectionOf(h.client.send(stop({ StreamName: 'orders' }))), LimitExceededException, /1 times in a rolling 24-hour period\.$/);
  });
});
