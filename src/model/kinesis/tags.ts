import type { CallContext } from '../context';
import type { ServiceError } from '../errors';
import { fail, ok, type Result } from '../result';
import type { ModelWorld } from '../world';
import { consumerNotFound, kinesisError } from './messages';
import { MAX_TAGS } from './shapes';
import type { KinesisConsumer, KinesisStream } from './state';
import { findStream } from './streams';

/**
 * The tag rules of Kinesis Data Streams, shared by AddTagsToStream, RemoveTagsFromStream,
 * TagResource, UntagResource and RegisterStreamConsumer's Tags.
 */

const ALLOWED = /^[\p{L}\p{Z}\p{N}_.:/=+\-@%]*$/u;

function render(tags: Readonly<Record<string, string>>): string {
  return `{${Object.entries(tags)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ')}}`;
}

/**
 * A map key outside 1–128 characters: ValidationException in the service's format for map keys.
 * [MODEL: TagKey 1–128; INF: the text's form]
 *
 * @example
 * ```ts
 * tagKeyProblem({ ['k'.repeat(129)]: 'v' })?.type; // 'ValidationException'
 * ```
 */
export function tagKeyProblem(tags: Readonly<Record<string, string>>): ServiceError | undefined {
  const bad = Object.keys(tags).some((k) => k.length < 1 || k.length > 128);
  if (!bad) return undefined;
  return kinesisError(
    'ValidationException',
    `1 validation error detected: Value '${render(tags)}' at 'tags' failed to satisfy constraint: Map keys must satisfy constraint: [Member must have length less than or equal to 128, Member must have length greater than or equal to 1]`,
  );
}

/**
 * Tag keys or values with characters Kinesis does not allow: InvalidArgumentException. Letters,
 * digits, white space and `_ . / = + - @ :` are allowed; `%` passes the first check and fails
 * the second. [PEER: kinesalite's texts, from AWS answers of 2015]
 *
 * @example
 * ```ts
 * tagCharacterProblem(['a#b'], 'add', stream)?.type; // 'InvalidArgumentException'
 * ```
 */
export function tagCharacterProblem(texts: readonly string[], verb: 'add' | 'remove', stream: KinesisStream): ServiceError | undefined {
  if (texts.some((t) => !ALLOWED.test(t))) {
    return kinesisError('InvalidArgumentException', 'Some tags contain invalid characters. Valid characters: Unicode letters, digits, white space, _ . / = + - % @ :.');
  }
  if (texts.some((t) => t.includes('%'))) {
    const what = verb === 'add' ? 'add tags to' : 'remove tags from';
    return kinesisError(
      'InvalidArgumentException',
      `Failed to ${what} stream ${stream.name} under account ${stream.account} because some tags contained illegal characters. ` +
        "The allowed characters are Unicode letters, white-spaces, '_',',','/','=','+','-','@',':'.",
    );
  }
  return undefined;
}

/**
 * Adds (or overwrites) tags, after checking keys, characters and the 50-tag limit (counted over
 * the tags after the call). Changes nothing when it refuses. [PEER text with the documented limit]
 *
 * @example
 * ```ts
 * const refused = addTags(stream.tags, { team: 'a' }, stream);
 * ```
 */
export function addTags(target: Record<string, string>, tags: Readonly<Record<string, string>>, stream: KinesisStream): ServiceError | undefined {
  const problem = tagKeyProblem(tags) ?? tagCharacterProblem([...Object.keys(tags), ...Object.values(tags)], 'add', stream);
  if (problem !== undefined) return problem;
  const after = new Set([...Object.keys(target), ...Object.keys(tags)]);
  if (after.size > MAX_TAGS) {
    return kinesisError(
      'InvalidArgumentException',
      `Failed to add tags to stream ${stream.name} under account ${stream.account} because a given stream cannot have more than ${MAX_TAGS} tags associated with it.`,
    );
  }
  for (const [k, v] of Object.entries(tags)) target[k] = v;
  return undefined;
}

/**
 * Removes tags by key (keys it does not carry are ignored), after checking characters.
 *
 * @example
 * ```ts
 * removeTags(stream.tags, ['team'], stream);
 * ```
 */
export function removeTags(target: Record<string, string>, keys: readonly string[], stream: KinesisStream): ServiceError | undefined {
  const problem = tagCharacterProblem(keys, 'remove', stream);
  if (problem !== undefined) return problem;
  for (const k of keys) delete target[k];
  return undefined;
}

/**
 * Tags as ListTagsForStream / ListTagsForResource answer them: `{ Key, Value }` sorted by key.
 *
 * @example
 * ```ts
 * tagList({ b: '2', a: '1' }); // [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }]
 * ```
 */
export function tagList(tags: Readonly<Record<string, string>>): { Key: string; Value: string }[] {
  return Object.keys(tags)
    .sort()
    .map((Key) => ({ Key, Value: tags[Key]! }));
}

/**
 * What a ResourceARN names: a stream, or a consumer of a stream.
 *
 * @example
 * ```ts
 * const r: TaggedResource = { stream, tags: stream.tags };
 * ```
 */
export interface TaggedResource {
  readonly stream: KinesisStream;
  readonly consumer?: KinesisConsumer;
  readonly tags: Record<string, string>;
}

/**
 * The stream or consumer a ResourceARN names: InvalidArgumentException for an ARN that is neither
 * [INF text], the stream's own errors (region, not found), ResourceNotFoundException for an
 * unknown consumer.
 *
 * @example
 * ```ts
 * const r = resolveResource(world, 'arn:aws:kinesis:us-east-1:123456789012:stream/orders', ctx);
 * ```
 */
export function resolveResource(world: ModelWorld, arn: string, ctx: CallContext): Result<TaggedResource> {
  const m = /^(arn:aws[^:]*:kinesis:[^:]*:\d{12}:stream\/[a-zA-Z0-9_.-]+)(?:\/consumer\/([a-zA-Z0-9_.-]+):(\d+))?$/.exec(arn);
  if (m === null) return fail(kinesisError('InvalidArgumentException', `ResourceARN ${arn} is not a valid Kinesis stream or consumer ARN.`));
  const found = findStream(world, { StreamARN: m[1]! }, ctx);
  if (!found.ok) return found;
  const stream = found.value;
  if (m[2] === undefined) return ok({ stream, tags: stream.tags });
  const consumer = stream.consumers.find((c) => c.arn === arn);
  if (consumer === undefined) return fail(consumerNotFound(m[2], stream.arn));
  return ok({ stream, consumer, tags: consumer.tags });
}
