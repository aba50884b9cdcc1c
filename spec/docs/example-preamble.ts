// The context TSDoc examples of the public API assume without declaring it, for
// spec/docs/tsdoc-examples.spec.ts: each example compiles as a module that imports these (the ones it does
// not declare itself) next to every public entry's exports. Declarations only: nothing here runs.
import type { KinesisClient } from '@aws-sdk/client-kinesis';
import type fc from 'fast-check';
import type { KmsKeyInfo, World } from 'kinesis-sse-harness';
import type { FaultHandle, FaultPlan, PropertyFailure, ScenarioContext, ScenarioResult, SseModel, SseReal, Scenario } from 'kinesis-sse-harness/fast-check';

/** A world, as `createWorld({ ... })` makes it. */
export declare const world: World;
/** A Kinesis client the world answers (`mockKinesis(world)` stubs it). */
export declare const client: KinesisClient;
/** A key of the world (`world.kms.describe(...)`), and ARNs of a key and of a delivery stream. */
export declare const key: KmsKeyInfo;
export declare const keyArn: string;
export declare const arn: string;
/** Virtual times (epoch ms): now, when a stream became ACTIVE, when a delivery stream's encryption was ENABLED. */
export declare const now: number;
export declare const activeAt: number;
export declare const enabledAt: number;

/** The user's code under test. */
export declare function ensureEncrypted(stream: string): Promise<void>;
export declare function rotateKeysNightly(client: KinesisClient, stream: string): Promise<void>;
export declare class MyGuard {
  constructor(kinesis: KinesisClient);
}

/** fast-check context: a fault plan and its handle, a scenario body and its result, a property and its failure. */
export declare const plan: FaultPlan;
export declare const handle: FaultHandle;
export declare function fn(context: ScenarioContext): Promise<unknown>;
export declare const result: ScenarioResult<unknown>;
export declare const property: fc.IAsyncProperty<[unknown]>;
export declare const failure: PropertyFailure;
/** Model-based testing: the oracle, a setup config and the commands fast-check generated. */
export declare const model: SseModel;
export declare const config: Scenario;
export declare const cmds: Iterable<fc.AsyncCommand<SseModel, SseReal>>;
