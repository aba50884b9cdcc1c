/**
 * kinesis-sse-harness/fast-check: property-test your own SSE code against everything AWS can do to
 * it: arbitraries, fault plans, a scenario runner that drives fake time, model-based and race
 * testing, and replayable timelines.
 */
export { aliasName } from './arbitraries/alias-name';
export type { AliasNameConstraints } from './arbitraries/alias-name';
export { keyId, KEY_ID_FORMS } from './arbitraries/key-id';
export type { KeyIdConstraints, KeyIdForm, KeyToName } from './arbitraries/key-id';
export { invalidKeyId, INVALID_KEY_ID_FORMS } from './arbitraries/invalid-key-id';
export type { InvalidKeyIdConstraints, InvalidKeyIdForm } from './arbitraries/invalid-key-id';
export { streamName, NAME_CHARACTERS } from './arbitraries/stream-name';
export type { StreamNameConstraints } from './arbitraries/stream-name';
export { invalidStreamName, INVALID_NAME_FORMS } from './arbitraries/invalid-stream-name';
export type { InvalidStreamNameConstraints, InvalidNameForm } from './arbitraries/invalid-stream-name';
export { deliveryStreamName } from './arbitraries/delivery-stream-name';
export type { DeliveryStreamNameConstraints } from './arbitraries/delivery-stream-name';
export { invalidDeliveryStreamName } from './arbitraries/invalid-delivery-stream-name';
export type { InvalidDeliveryStreamNameConstraints } from './arbitraries/invalid-delivery-stream-name';
export { kmsKey } from './arbitraries/kms-key';
export type { KmsKeyConstraints } from './arbitraries/kms-key';
export { worldOptions } from './arbitraries/world-options';
export type { WorldOptionsConstraints } from './arbitraries/world-options';
export { faultPlan, FAULT_KINDS, DEFAULT_FAULT_OPERATIONS, DEFAULT_FAILURE_TYPES } from './arbitraries/fault-plan';
export type { FaultPlanConstraints, FaultKind } from './arbitraries/fault-plan';
export { scenario } from './arbitraries/scenario';
export type { ScenarioConstraints } from './arbitraries/scenario';
// The fault plans are pure data and live in the root entry (no fast-check needed); they are
// re-exported here so properties can keep importing them from one place.
export { installFaults } from '../world/faults';
export type { InstallFaultsOptions } from '../world/faults';
export { checkFaultPlan, describeFault, DEFAULT_FAULT_TRANSITIONS, KMS_USING_KINESIS_OPERATIONS } from '../model/faults';
export type {
  Fault,
  FaultPlan,
  FaultHandle,
  FiredFault,
  FaultWindow,
  FaultCount,
  CallMatch,
  TransitionMatch,
  ThrottleFault,
  ThrottleError,
  InternalFailureFault,
  KeyFault,
  KeyChange,
  TransitionFailureFault,
  SlowTransitionFault,
} from '../model/faults';
export { sseSteps, sseModelRun, stepSequence, SSE_STEP_KINDS } from './steps/index';
export type { SseStepKind, SseStepsConstraints } from './steps/index';
export { createSseSetup, sseSetupIn } from './steps/real';
export type { SseReal, SseSetup, SseSetupOptions } from './steps/real';
export { runScenario, ScenarioHangError } from './run-scenario';
export type { RunScenarioOptions, ScenarioContext, ScenarioResult } from './run-scenario';
export { DEFAULT_START, SETUP_LEAD_MS } from './scenario';
export type { Scenario, ScenarioKey, ScenarioStream, ScenarioDeliveryStream } from './scenario';
export { formatTimeline } from '../world/timeline';
export { assertProperty, PropertyFailure } from './replay';
export type { AssertPropertyOptions, ReplayedRun } from './replay';
export { StepMismatch } from './steps/step';
export type { SseStep } from './steps/step';
export type { SseModel } from './steps/oracle';
export type { TimelineOptions } from '../world/timeline';
