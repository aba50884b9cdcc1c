import type { KinesisClient, ServiceInputTypes, ServiceOutputTypes } from '@aws-sdk/client-kinesis';
import type { AwsStub } from 'aws-sdk-client-mock';
import type { World } from '../world/index';
import { bindClient, type MockOptions, type ServiceBinding } from './binding';
import { loadSdk } from './load';

/**
 * The aws-sdk-client-mock stub `mockKinesis` returns: `commandCalls`, `.on(X).rejectsOnce(...)` overrides,
 * `reset()` (keeps answering from the world) and `restore()` work as with any aws-sdk-client-mock stub.
 *
 * @example
 * ```ts
 * const stub: KinesisStub = mockKinesis(world);
 * stub.commandCalls(StartStreamEncryptionCommand).length;
 * stub.restore();
 * ```
 */
export type KinesisStub = AwsStub<ServiceInputTypes, ServiceOutputTypes, KinesisClient['config']>;

let binding: ServiceBinding | undefined;

/**
 * Makes every `KinesisClient` (or the one given) answer from `world`: an aws-sdk-client-mock stub
 * whose errors are instances of the classes of your own `@aws-sdk/client-kinesis`.
 *
 * @example
 * ```ts
 * import { KinesisClient, StartStreamEncryptionCommand } from '@aws-sdk/client-kinesis';
 * const world = createWorld({ seed: 1 });
 * const kinesis = mockKinesis(world);
 * await new KinesisClient({}).send(new StartStreamEncryptionCommand({ StreamName: 's', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
 * kinesis.restore();
 * ```
 */
export function mockKinesis(world: World, options: MockOptions<KinesisClient> = {}): KinesisStub {
  binding ??= {
    service: 'kinesis',
    clientName: 'KinesisClient',
    baseExceptionName: 'KinesisServiceException',
    module: loadSdk('@aws-sdk/client-kinesis', 'mockKinesis'),
  };
  return bindClient<KinesisStub>(world, binding, options.client ?? (binding.module['KinesisClient'] as object), options);
}
