import { InvalidArgumentException, ListStreamsCommand, paginateListStreams, ValidationException } from '@aws-sdk/client-kinesis';
import { afterEach, describe, expect, it } from 'vitest';
import { BINDINGS, arnOf, body, creationDate, encryptStream, expectAwsError, kinesisHarness, rejectionOf, type KinesisHarness } from '../../../fixtures/kinesis';

describe.each(BINDINGS)('ListStreams [%s]', (binding) => {
  let h: KinesisHarness;
  afterEach(() => h.restore());

  it('lists the streams of the region by name, with StreamSummaries that carry no encryption fields [MODEL]', async () => {
    h = kinesisHarness({ binding });
    h.world.kinesis.createStream('b');
    h.world.kinesis.createStream('a', { active: false });
    h.world.kinesis.createStream('elsewhere', { region: 'eu-west-1' });
    await encryptStream(h, 'b');
    const out = await h.client.send(new ListStreamsCommand({}));
    expect(body(out)).toStrictEqual({
      StreamNames: ['a', 'b'],
      HasMoreStreams: false,
      StreamSummaries: [
        { StreamName: 'a', StreamARN: arnOf('a'), StreamStatus: 'CREATING', StreamModeDetails: { StreamMode: 'PROVISIONED' }, StreamCreationTimestamp: creationDate() },
        { StreamName: 'b', StreamARN: arnOf('b'), StreamStatus: 'ACTIVE', StreamModeDetails: { StreamMode: 'PROVISIONED' }, StreamCreationTimestamp: creationDate() },
      ],
    });
    const west = h.clientIn('eu-west-1');
    expect((await west.send(new ListStreamsCommand({}))).StreamNames).toStrictEqual(['elsewhere']);
  });

  it('pages with Limit (default and maximum 100), ExclusiveStartStreamName and NextToken; the SDK paginator works', async () => {
    h = kinesisHarness({ binding });
    for (let i = 0; i < 105; i++) h.world.kinesis.createStream(`s${String(i).padStart(3, '0')}`);
    const first = await h.client.send(new ListStreamsCommand({ Limit: 10000 }));
    expect(first.StreamNames).toHaveLength(100);
    expect(first.HasMoreStreams).toBe(true);
    expect(typeof first.NextToken).toBe('string');
    const rest = await h.client.send(new ListStreamsCommand({ NextToken: first.NextToken! }));
    expect(rest.StreamNames).toStrictEqual(['s100', 's101', 's102', 's103', 's104']);
    expect(rest.HasMoreStreams).toBe(false);
    expect(rest).not.toHaveProperty('NextToken');
    const after = await h.client.send(new ListStreamsCommand({ ExclusiveStartStreamName: 's102', Limit: 1 }));
    expect(body(after)).toMatchObject({ StreamNames: ['s103'], HasMoreStreams: true });
    const names: string[] = [];
    for await (const page of paginateListStreams({ client: h.client, pageSize: 40 }, {})) names.push(...(page.StreamNames ?? []));
    expect(names).toHaveLength(105);
  });

  it('an empty region: no names, HasMoreStreams false', async () => {
    h = kinesisHarness({ binding });
    expect(body(await h.client.send(new ListStreamsCommand({})))).toStrictEqual({ StreamNames: [], HasMoreStreams: false, StreamSummaries: [] });
  });

  it('validates Limit; a token it did not issue, or a token with ExclusiveStartStreamName, is InvalidArgumentException [UNKNOWN texts]', async () => {
    h = kinesisHarness({ binding });
    expectAwsError(
      await rejectionOf(h.client.send(new ListStreamsCommand({ Limit: 0 }))),
      ValidationException,
      "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
    expectAwsError(await rejectionOf(h.client.send(new ListStreamsCommand({ NextToken: 'garbage' }))), InvalidArgumentException, 'Invalid NextToken: garbage');
    expectAwsError(
      await rejectionOf(h.client.send(new ListStreamsCommand({ NextToken: 'x', ExclusiveStartStreamName: 'a' }))),
      InvalidArgumentException,
      'NextToken and ExclusiveStartStreamName cannot be provided together.',
    );
  });
});
