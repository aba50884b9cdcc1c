// A fast-check property from CommonJS, with the ./fast-check entry's arbitraries and the matchers.
const fc = require('fast-check');
const { createWorld, virtualClock } = require('kinesis-sse-harness');
const { deliveryStreamName } = require('kinesis-sse-harness/fast-check');

it('any delivery stream encrypted with an AWS owned key ends ENABLED', () => {
  fc.assert(
    fc.property(deliveryStreamName(), fc.integer({ min: 0, max: 1_000 }), (name, seed) => {
      const clock = virtualClock(Date.UTC(2026, 0, 1));
      const world = createWorld({ clock, seed });
      world.firehose.createDeliveryStream(name);
      const started = world.call('firehose', 'StartDeliveryStreamEncryption', {
        DeliveryStreamName: name,
        DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' },
      });
      expect(started.ok).toBe(true);
      clock.advance(10 * 60_000);
      expect(world).toHaveDeliveryStreamEncryption(name, { Status: 'ENABLED', KeyType: 'AWS_OWNED_CMK' });
    }),
    { numRuns: 25 },
  );
});
