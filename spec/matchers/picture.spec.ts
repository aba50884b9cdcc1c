import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/vitest';
import { createWorld, virtualClock } from '../../src/index';

const dir = mkdtempSync(join(tmpdir(), 'kinesis-sse-harness-matcher-picture-'));
afterEach(() => {
  delete process.env['KINESIS_SSE_HARNESS_PICTURE'];
});

describe('a matcher failure with KINESIS_SSE_HARNESS_PICTURE set', () => {
  it('writes a picture of the world’s trace and names it in the message', () => {
    const world = createWorld({ clock: virtualClock(Date.UTC(2026, 0, 1)) });
    world.kinesis.createStream('orders');
    world.call('kinesis', 'StartStreamEncryption', { StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' });
    expect(() => expect(world).toHaveStreamStatus('orders', 'ACTIVE')).toThrow(/KeyId none → alias\/aws\/kinesis$/);
    process.env['KINESIS_SSE_HARNESS_PICTURE'] = dir;
    let message = '';
    try {
      expect(world).toHaveStreamStatus('orders', 'ACTIVE');
    } catch (e) {
      message = (e as Error).message;
    }
    const line = /\nPicture: (\S+\.html)$/.exec(message);
    expect(line, message).not.toBeNull();
    expect(readdirSync(dir)).toHaveLength(1);
    const html = readFileSync(line![1]!, 'utf8');
    expect(html).toContain('data-lane="kinesis stream/orders"');
    expect(html).toContain('data-property="StreamStatus" data-value="UPDATING"');
    rmSync(dir, { recursive: true, force: true });
  });
});
