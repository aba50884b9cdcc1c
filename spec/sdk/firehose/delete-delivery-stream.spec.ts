import { CreateDeliveryStreamCommand, DeleteDeliveryStreamCommand, DescribeDeliveryStreamCommand } from '@aws-sdk/client-firehose';
import { ListGrantsCommand } from '@aws-sdk/client-kms';
import { afterEach, describe, expect, it } from 'vitest';
import { BINDINGS, ACCOUNT, body, createActive, DURATIONS, expectAwsError, failNext, firehoseSetup, putEncrypted, S3_DESTINATION, start, type FirehoseSetup } from '../../../fixtures/firehose';

describe.each(BINDINGS)('DeleteDeliveryStream through the SDK [%s]', (binding) => {
  let setup: FirehoseSetup;
  afterEach(() => setup.restore());
  const del = (name: string, AllowForceDelete?: boolean): Promise<unknown> =>
    setup.client.send(new DeleteDeliveryStreamCommand({ DeliveryStreamName: name, ...(AllowForceDelete === undefined ? {} : { AllowForceDelete }) }));

  it('ACTIVE → 200 {}, DELETING (records still accepted), then gone → ResourceNotFoundException', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    const out = await setup.client.send(new DeleteDeliveryStreamCommand({ DeliveryStreamName: 'orders' }));
    expect(body(out)).toStrictEqual({});
    expect(setup.world.firehose.describe('orders')?.DeliveryStreamStatus).toBe('DELETING');
    expect(await putEncrypted(setup, 'orders')).toBe(false);
    expect(body(await setup.client.send(new DeleteDeliveryStreamCommand({ DeliveryStreamName: 'orders' })))).toStrictEqual({});
    setup.clock.advance(DURATIONS.deleting);
    await expectAwsError(
      setup.client.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'orders' })),
      'ResourceNotFoundException',
      `Firehose orders under account ${ACCOUNT} not found.`,
    );
    await expectAwsError(del('orders'), 'ResourceNotFoundException', `Firehose orders under account ${ACCOUNT} not found.`);
  });

  it('recordsWhileDeleting: reject answers ResourceNotFoundException while DELETING', async () => {
    setup = firehoseSetup({ binding, firehose: { behaviour: { recordsWhileDeleting: 'reject' } } });
    await createActive(setup, 'orders');
    await del('orders');
    await expectAwsError(putEncrypted(setup, 'orders'), 'ResourceNotFoundException', `Firehose orders under account ${ACCOUNT} not found.`);
  });

  it('scenario 24: Delete while CREATING → ResourceInUseException, no change', async () => {
    setup = firehoseSetup({ binding });
    await setup.client.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'orders', ExtendedS3DestinationConfiguration: S3_DESTINATION }));
    await expectAwsError(del('orders'), 'ResourceInUseException', `Firehose orders under account ${ACCOUNT} is in CREATING state and is not available for this operation.`);
    setup.clock.advance(DURATIONS.creating);
    expect(setup.world.firehose.describe('orders')?.DeliveryStreamStatus).toBe('ACTIVE');
  });

  it('scenario 24: a CMK grant that cannot be retired → DELETING_FAILED; AllowForceDelete → DELETING → gone', async () => {
    setup = firehoseSetup({ binding });
    const key = setup.world.kms.createKey();
    await createActive(setup, 'orders');
    await start(setup, 'orders', key.Arn);
    setup.clock.advance(DURATIONS.enabling);
    setup.world.kms.setCondition(key.KeyId, 'grant-revoked', true);
    await del('orders');
    setup.clock.advance(DURATIONS.deleting);
    const grant = setup.world.kms.grants(key.Arn)[0]!.GrantId;
    const d = (await setup.client.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'orders' }))).DeliveryStreamDescription!;
    expect(d.DeliveryStreamStatus).toBe('DELETING_FAILED');
    expect(d.FailureDescription).toStrictEqual({ Type: 'RETIRE_KMS_GRANT_FAILED', Details: `Grant ${grant} on KMS key ${key.Arn} was revoked and cannot be retired.` });
    expect(d.DeliveryStreamEncryptionConfiguration).toStrictEqual({ KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn, Status: 'ENABLED' });
    await del('orders');
    expect(setup.world.firehose.describe('orders')?.DeliveryStreamStatus).toBe('DELETING');
    expect('FailureDescription' in setup.world.firehose.describe('orders')!).toBe(false);
    setup.clock.advance(DURATIONS.deleting);
    expect(setup.world.firehose.describe('orders')?.DeliveryStreamStatus).toBe('DELETING_FAILED');
    await del('orders', true);
    setup.clock.advance(DURATIONS.deleting);
    expect(setup.world.firehose.describe('orders')).toBeUndefined();
  });

  it('deleting a CMK stream retires its grant (ListGrants) and frees the key slot at the Delete call', async () => {
    setup = firehoseSetup({ binding, firehose: { limits: { deliveryStreamsPerKey: 1 } } });
    const key = setup.world.kms.createKey();
    const grantIds = async (): Promise<string[]> => ((await setup.kms.send(new ListGrantsCommand({ KeyId: key.Arn }))).Grants ?? []).map((g) => g.GrantId!);
    await createActive(setup, 'a');
    await createActive(setup, 'b');
    await start(setup, 'a', key.Arn);
    setup.clock.advance(DURATIONS.enabling);
    const [grantOfA] = await grantIds();
    expect(grantOfA).toMatch(/^[0-9a-f]{64}$/);
    await del('a');
    expect(await grantIds()).toStrictEqual([grantOfA]);
    await start(setup, 'b', key.Arn);
    setup.clock.advance(DURATIONS.enabling);
    const both = await grantIds();
    expect(both).toHaveLength(2);
    expect(both[0]).toBe(grantOfA);
    setup.clock.advance(DURATIONS.deleting - DURATIONS.enabling);
    expect(setup.world.firehose.describe('a')).toBeUndefined();
    expect(await grantIds()).toStrictEqual([both[1]]);
  });

  it('CREATING_FAILED streams can be deleted; a fault on delivery-stream-deleting → DELETING_FAILED', async () => {
    setup = firehoseSetup({ binding });
    failNext(setup.world, 'delivery-stream-creating', { type: 'UNKNOWN_ERROR', details: 'boom' });
    await createActive(setup, 'orders');
    failNext(setup.world, 'delivery-stream-deleting', { type: 'DELETE_ENI_FAILED', details: 'eni' });
    await del('orders');
    setup.clock.advance(DURATIONS.deleting);
    expect(setup.world.firehose.describe('orders')).toMatchObject({ DeliveryStreamStatus: 'DELETING_FAILED', FailureDescription: { Type: 'DELETE_ENI_FAILED', Details: 'eni' } });
    await del('orders');
    setup.clock.advance(DURATIONS.deleting);
    expect(setup.world.firehose.describe('orders')).toBeUndefined();
  });

  it('a deleted name can be created again, fresh (new counters, DISABLED)', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    await start(setup, 'orders');
    await del('orders');
    setup.clock.advance(DURATIONS.deleting);
    await createActive(setup, 'orders');
    expect(setup.world.firehose.describe('orders')?.DeliveryStreamEncryptionConfiguration).toStrictEqual({ Status: 'DISABLED' });
    expect(setup.world.firehose.limits('orders').startStop.used).toBe(0);
  });

  it('validation: AllowForceDelete must be a boolean; the name must match the pattern', async () => {
    setup = firehoseSetup({ binding });
    await expectAwsError(
      del('a/b'),
      'ValidationException',
      "1 validation error detected: Value 'a/b' at 'deliveryStreamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
    );
  });
});
