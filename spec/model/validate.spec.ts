import { describe, expect, it } from 'vitest';
import { utf8Length, validateInput, validationMessage, type Members } from '../../src/model/validate';

const STREAM: Members = {
  StreamName: { type: 'string', required: true, pattern: '[a-zA-Z0-9_.-]+', min: 1, max: 128 },
};

describe('validateInput', () => {
  it("words a pattern violation exactly as AWS does (REAL: 'bad name!')", () => {
    expect(validateInput('kinesis', { StreamName: 'bad name!' }, STREAM)).toStrictEqual({
      service: 'kinesis',
      type: 'ValidationException',
      message:
        "1 validation error detected: Value 'bad name!' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
      httpStatus: 400,
      fault: 'client',
    });
  });

  it('counts two violations for an empty name, pattern first (REAL)', () => {
    expect(validateInput('kinesis', { StreamName: '' }, STREAM)?.message).toBe(
      "2 validation errors detected: Value '' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; " +
        "Value '' at 'streamName' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it('reports a missing required member as null', () => {
    expect(validateInput('kinesis', {}, { KeyId: { type: 'string', required: true, min: 1, max: 2048 } })?.message).toBe(
      "1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null",
    );
  });

  it('anchors patterns: a trailing newline fails (REAL, Firehose V-1)', () => {
    const r = validateInput('firehose', { DeliveryStreamName: 'alph1a-osquery\n' }, { DeliveryStreamName: { type: 'string', pattern: '[a-zA-Z0-9_.-]+' } });
    expect(r?.message).toBe(
      "1 validation error detected: Value 'alph1a-osquery\n' at 'deliveryStreamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
    );
  });

  it('names nested members by their lowerCamel path', () => {
    const members: Members = {
      Config: { type: 'structure', members: { KeyType: { type: 'string', required: true, enum: ['AWS_OWNED_CMK', 'CUSTOMER_MANAGED_CMK'] } } },
    };
    expect(validateInput('firehose', { Config: { KeyType: 'FOO' } }, members)?.message).toBe(
      "1 validation error detected: Value 'FOO' at 'config.keyType' failed to satisfy constraint: Member must satisfy enum value set: [AWS_OWNED_CMK, CUSTOMER_MANAGED_CMK]",
    );
  });

  it('names list members records.N.member.x and prints blobs as AWS does', () => {
    const members: Members = {
      Records: {
        type: 'list',
        required: true,
        min: 1,
        max: 500,
        member: { type: 'structure', members: { Data: { type: 'blob', required: true, max: 4 }, PartitionKey: { type: 'string', required: true, min: 1 } } },
      },
    };
    expect(validateInput('kinesis', { Records: [{ Data: new Uint8Array(5), PartitionKey: '' }] }, members)?.message).toBe(
      "2 validation errors detected: Value at 'records.1.member.data' failed to satisfy constraint: Member must have length less than or equal to 4; " +
        "Value '' at 'records.1.member.partitionKey' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
    expect(validateInput('kinesis', { Records: [] }, members)?.message).toBe(
      "1 validation error detected: Value '[]' at 'records' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it('checks integer ranges', () => {
    expect(validateInput('kinesis', { Limit: 0 }, { Limit: { type: 'integer', min: 1, max: 10000 } })?.message).toBe(
      "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
  });

  it('stops at ten violations, as AWS does', () => {
    const members: Members = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`M${i}`, { type: 'string', required: true } as const]));
    expect(validateInput('kinesis', {}, members)?.message).toMatch(/^10 validation errors detected: /);
  });

  it('answers a JavaScript type the wire cannot carry with SerializationException', () => {
    expect(validateInput('kinesis', { StreamName: 42 }, STREAM)).toMatchObject({ type: 'SerializationException' });
    expect(validateInput('kinesis', null, STREAM)).toMatchObject({ type: 'SerializationException' });
  });

  it('ignores members it does not know and accepts valid input', () => {
    expect(validateInput('kinesis', { StreamName: 'ok', StreamId: 'whatever' }, STREAM)).toBeUndefined();
  });
});

describe('validationMessage / utf8Length', () => {
  it('uses the singular for one error', () => {
    expect(validationMessage(['x'])).toBe('1 validation error detected: x');
    expect(validationMessage(['x', 'y'])).toBe('2 validation errors detected: x; y');
  });
  it('counts UTF-8 bytes', () => {
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
  });
});

describe('rendering values in messages', () => {
  it('prints a list of structures member by member, blobs as Java buffers', () => {
    const members: Members = {
      Records: { type: 'list', max: 1, member: { type: 'structure', members: { Data: { type: 'blob' }, PartitionKey: { type: 'string' } } } },
    };
    const r = validateInput('kinesis', { Records: [{ Data: new Uint8Array(2), PartitionKey: 'a' }, { Data: new Uint8Array(3), PartitionKey: 'b' }] }, members);
    expect(r?.message).toBe(
      "1 validation error detected: Value '[{Data=java.nio.HeapByteBuffer[pos=0 lim=2 cap=2], PartitionKey=a}, {Data=java.nio.HeapByteBuffer[pos=0 lim=3 cap=3], PartitionKey=b}]' at 'records' failed to satisfy constraint: Member must have length less than or equal to 1",
    );
  });
});
