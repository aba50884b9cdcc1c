import type { KMSClient, ServiceInputTypes, ServiceOutputTypes } from '@aws-sdk/client-kms';
import type { AwsStub } from 'aws-sdk-client-mock';
import type { World } from '../world/index';
import { bindClient, type MockOptions, type ServiceBinding } from './binding';
import { loadSdk } from './load';

/**
 * The aws-sdk-client-mock stub `mockKms` returns: `commandCalls`, `.on(X).rejectsOnce(...)` overrides,
 * `reset()` (keeps answering from the world) and `restore()` work as with any aws-sdk-client-mock stub.
 *
 * @example
 * ```ts
 * const stub: KmsStub = mockKms(world);
 * stub.commandCalls(DisableKeyCommand).length;
 * stub.restore();
 * ```
 */
export type KmsStub = AwsStub<ServiceInputTypes, ServiceOutputTypes, KMSClient['config']>;

let binding: ServiceBinding | undefined;

/**
 * Makes every `KMSClient` (or the one given) answer from `world`'s KMS keys: an
 * aws-sdk-client-mock stub whose errors are instances of the classes of your own `@aws-sdk/client-kms`.
 *
 * @example
 * ```ts
 * import { KMSClient, CreateKeyCommand } from '@aws-sdk/client-kms';
 * const kms = mockKms(world);
 * const { KeyMetadata } = await new KMSClient({}).send(new CreateKeyCommand({}));
 * kms.restore();
 * ```
 */
export function mockKms(world: World, options: MockOptions<KMSClient> = {}): KmsStub {
  binding ??= {
    service: 'kms',
    clientName: 'KMSClient',
    baseExceptionName: 'KMSServiceException',
    module: loadSdk('@aws-sdk/client-kms', 'mockKms'),
  };
  return bindClient<KmsStub>(world, binding, options.client ?? (binding.module['KMSClient'] as object), options);
}
