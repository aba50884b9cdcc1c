import type { FirehoseClient, ServiceInputTypes, ServiceOutputTypes } from '@aws-sdk/client-firehose';
import type { AwsStub } from 'aws-sdk-client-mock';
import type { World } from '../world/index';
import { bindClient, type MockOptions, type ServiceBinding } from './binding';
import { loadSdk } from './load';

/**
 * The aws-sdk-client-mock stub `mockFirehose` returns: `commandCalls`, `.on(X).rejectsOnce(...)` overrides,
 * `reset()` (keeps answering from the world) and `restore()` work as with any aws-sdk-client-mock stub.
 *
 * @example
 * ```ts
 * const stub: FirehoseStub = mockFirehose(world);
 * stub.commandCalls(StartDeliveryStreamEncryptionCommand).length;
 * stub.restore();
 * ```
 */
export type FirehoseStub = AwsStub<ServiceInputTypes, ServiceOutputTypes, FirehoseClient['config']>;

let binding: ServiceBinding | undefined;

/**
 * Makes every `FirehoseClient` (or the one given) answer from `world`: an aws-sdk-client-mock stub
 * whose errors are instances of the classes of your own `@aws-sdk/client-firehose`.
 *
 * @example
 * ```ts
 * import { FirehoseClient, DescribeDeliveryStreamCommand } from '@aws-sdk/client-firehose';
 * const firehose = mockFirehose(world);
 * await new FirehoseClient({}).send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'd' }));
 * firehose.restore();
 * ```
 */
export function mockFirehose(world: World, options: MockOptions<FirehoseClient> = {}): FirehoseStub {
  binding ??= {
    service: 'firehose',
    clientName: 'FirehoseClient',
    baseExceptionName: 'FirehoseServiceException',
    module: loadSdk('@aws-sdk/client-firehose', 'mockFirehose'),
  };
  return bindClient<FirehoseStub>(world, binding, options.client ?? (binding.module['FirehoseClient'] as object), options);
}
