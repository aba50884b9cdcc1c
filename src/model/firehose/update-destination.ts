import { defineOperation } from '../operation';
import { fail, ok, type Result } from '../result';
import { destinationEntry, mergeDestination } from './describe';
import { destinationMemberMissing, destinationNotFound, destinationTypeChange, invalidArgument, ONE_DESTINATION } from './messages';
import { updatableStream } from './rules';
import { DESTINATION_UPDATES, DESTINATIONS, UNIT, UPDATE_DESTINATION_INPUT, type DestinationMember, type DestinationUpdateMember } from './shapes';
import type { DestinationDescription } from './describe';

const UPDATE_MEMBERS = Object.keys(DESTINATION_UPDATES) as DestinationUpdateMember[];

/** The destination family a type may not leave: OpenSearch Service (formerly Elasticsearch), OpenSearch Serverless. */
function family(member: DestinationMember): string {
  if (member === 'ElasticsearchDestinationConfiguration' || member === 'AmazonopensearchserviceDestinationConfiguration') return 'Amazonopensearchservice';
  if (member === 'AmazonOpenSearchServerlessDestinationConfiguration') return 'AmazonOpenSearchServerless';
  return 'other';
}

/** The update in configuration form: nested `S3Update` / `S3BackupUpdate` renamed as on create. */
function asConfiguration(update: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(update)) {
    if (v === undefined) continue;
    out[k === 'S3Update' ? 'S3Configuration' : k === 'S3BackupUpdate' ? 'S3BackupConfiguration' : k] = v;
  }
  return out;
}

/** The member of `DESTINATIONS` an entry describes. */
function describedMember(entry: DestinationDescription): DestinationMember | undefined {
  const members = Object.keys(DESTINATIONS) as DestinationMember[];
  // An extended S3 destination is also described as S3DestinationDescription: look for it first.
  return members.find((m) => m === 'ExtendedS3DestinationConfiguration' && entry[DESTINATIONS[m]] !== undefined) ?? members.find((m) => entry[DESTINATIONS[m]] !== undefined);
}

/** The entry after the update, or the InvalidArgumentException a type change gets. */
function updatedEntry(entry: DestinationDescription, update: DestinationUpdateMember, value: Readonly<Record<string, unknown>>): Result<DestinationDescription> {
  const member = DESTINATION_UPDATES[update];
  const config = asConfiguration(value);
  const current = describedMember(entry);
  const sameType = current === member || (current === 'ExtendedS3DestinationConfiguration' && member === 'S3DestinationConfiguration');
  if (sameType) return ok(mergeDestination(entry, member, config));
  const from = current === undefined ? 'other' : family(current);
  const to = family(member);
  if (from !== to) {
    const label = (to === 'other' ? from : to).replace('Amazonopensearchservice', 'Elasticsearch');
    return fail(invalidArgument(destinationTypeChange(label)));
  }
  if (member === 'ExtendedS3DestinationConfiguration' || member === 'S3DestinationConfiguration') {
    for (const required of ['RoleARN', 'BucketARN']) if (config[required] === undefined) return fail(invalidArgument(destinationMemberMissing(update, required)));
  }
  return ok({ ...destinationEntry(member, config), DestinationId: entry.DestinationId });
}

/**
 * UpdateDestination: changes the stream's one destination and moves `VersionId` on (by one) and
 * `LastUpdateTimestamp`; `{}`. The same destination type merges the members given into the
 * configuration Describe echoes; another type replaces it (every required member then needed;
 * to or from OpenSearch not supported: InvalidArgumentException). Checks, in order:
 * ResourceNotFoundException; ResourceInUseException unless ACTIVE, and while ENABLING or DISABLING
 * (`behaviour.updateDestinationWhileEncryptionChanging`); ConcurrentModificationException when
 * `CurrentDeliveryStreamVersionId` is not the stream's `VersionId`; InvalidArgumentException for
 * an unknown `DestinationId` or not exactly one destination update. The stream stays ACTIVE and its
 * encryption is untouched.
 *
 * @example
 * ```ts
 * invoke(world, 'firehose', 'UpdateDestination', { DeliveryStreamName: 'd', CurrentDeliveryStreamVersionId: '1',
 *   DestinationId: 'destinationId-000000000001', ExtendedS3DestinationUpdate: { Prefix: 'v2/' } }, { now });
 * ```
 */
export const updateDestination = defineOperation({
  service: 'firehose',
  name: 'UpdateDestination',
  input: UPDATE_DESTINATION_INPUT,
  output: UNIT,
  errors: ['InvalidArgumentException', 'ResourceInUseException', 'ResourceNotFoundException', 'ConcurrentModificationException'],
  run(world, input, ctx) {
    const target = updatableStream(world, input.DeliveryStreamName, input.CurrentDeliveryStreamVersionId, ctx.region);
    if (!target.ok) return target;
    const s = target.value;
    const at = s.destinations.findIndex((d) => d.DestinationId === input.DestinationId);
    if (at < 0) return fail(invalidArgument(destinationNotFound(input.DestinationId)));
    const updates = UPDATE_MEMBERS.filter((m) => input[m] !== undefined);
    if (updates.length !== 1) return fail(invalidArgument(ONE_DESTINATION));
    const update = updates[0]!;
    const next = updatedEntry(s.destinations[at]!, update, input[update] as Readonly<Record<string, unknown>>);
    if (!next.ok) return next;
    s.destinations[at] = next.value;
    s.versionId++;
    s.lastUpdateTimestamp = ctx.now;
    return ok({});
  },
});
