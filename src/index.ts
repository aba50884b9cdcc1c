/**
 * kinesis-sse-harness: a stateful, virtual-time model of Kinesis Data Streams and Firehose
 * server-side encryption (and the KMS keys they use) behind aws-sdk-client-mock stubs.
 */
export { createWorld } from './world/index';
export type { World, WorldOptions } from './world/index';
export type { KinesisView, KinesisRecordInfo, KinesisLimitUsage } from './world/kinesis';
export type { StreamDescriptionSummary, StreamDescription, ShardDescription } from './model/kinesis/describe';
export type { FirehoseView, FirehoseLimitUsage, DeliveryStreamSetup } from './world/firehose';
export type { DeliveryStreamDescription, DeliveryStreamEncryptionConfiguration } from './model/firehose/describe';
export type {
  DeliveryStreamType,
  DeliveryStreamStatus,
  DeliveryStreamEncryptionStatus,
  FirehoseKeyType,
  FirehoseKey,
  FailureDescription,
  FirehoseRecordInfo,
  FirehoseTag,
} from './model/firehose/state';
export type { KmsView, KmsKeyInfo, KmsGrantInfo, NewKmsKey } from './world/kms';
export { mockKinesis } from './sdk/kinesis';
export type { KinesisStub } from './sdk/kinesis';
export { mockFirehose } from './sdk/firehose';
export type { FirehoseStub } from './sdk/firehose';
export { mockKms } from './sdk/kms';
export type { KmsStub } from './sdk/kms';
export { UnmodelledCommandError } from './sdk/binding';
export type { MockOptions, StubHistory } from './sdk/binding';
export { useWorld } from './sdk/use-world';
export type { UseWorldOptions, WorldHarness } from './sdk/use-world';
export { releaseWorlds } from './sdk/cleanup';
export { requestHandler } from './sdk/transport';
export type { TransportHandler, TransportRequest, TransportResponse } from './sdk/transport';
export { globalClock, fromFakeTimers, virtualClock } from './clock/clock';
export type { Clock, VirtualClock, FakeTimersClockLike } from './clock/clock';
export type { ServiceError, Service } from './model/errors';
export type { Result } from './model/result';
export type { TraceEntry, CallEntry, TransitionEntry } from './model/trace';
export type { TraceLog, DroppedEntries } from './model/trace-log';
export { RETAIN_ALL, RETAIN_BOUNDED } from './model/retain';
export type { Retain, RetainOptions } from './model/retain';
export type { DroppedRecords } from './model/retention';
export { formatTimeline } from './world/timeline';
export { formatTimelineHtml } from './world/timeline-html';
export type { TimelineHtmlOptions } from './world/timeline-html';
export type { TimelineOptions } from './world/timeline';
export type { Duration } from './model/duration';
export type { KinesisOptions, KinesisDurations, KinesisLimits, KinesisBehaviour } from './model/kinesis/options';
export type { FirehoseOptions, FirehoseDurations, FirehoseLimits, FirehoseBehaviour, FirehoseKmsProblem } from './model/firehose/options';
export type { KeyState, KeySpec, KeyUsage, KeyCondition } from './model/kms/state';
export type { KmsOptions, KmsDurations, KmsLimits, KmsBehaviour } from './model/kms/options';
export { installFaults } from './world/faults';
export type { InstallFaultsOptions } from './world/faults';
export { checkFaultPlan, describeFault, DEFAULT_FAULT_TRANSITIONS, KMS_USING_KINESIS_OPERATIONS } from './model/faults';
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
} from './model/faults';
