/**
 * The AWS partition a region belongs to (`aws`, `aws-cn`, `aws-us-gov`, `aws-iso`, `aws-iso-b`).
 *
 * @example
 * ```ts
 * partitionOf('cn-north-1'); // 'aws-cn'
 * ```
 */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('us-isob-')) return 'aws-iso-b';
  if (region.startsWith('us-iso-')) return 'aws-iso';
  return 'aws';
}

/**
 * The parts of an ARN `arn:partition:service:region:account:resource`.
 *
 * @example
 * ```ts
 * const a = parseArn('arn:aws:kinesis:us-east-1:123456789012:stream/orders');
 * // a?.resource === 'stream/orders'
 * ```
 */
export interface Arn {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly account: string;
  readonly resource: string;
}

/**
 * Splits an ARN into its parts, or returns `undefined` when it has fewer than six parts or does not
 * start with `arn:`. The resource keeps any further colons.
 *
 * @example
 * ```ts
 * parseArn('arn:aws:kms:us-east-1:123456789012:alias/x')?.resource; // 'alias/x'
 * ```
 */
export function parseArn(text: string): Arn | undefined {
  if (!text.startsWith('arn:')) return undefined;
  const parts = text.split(':');
  if (parts.length < 6) return undefined;
  const [, partition, service, region, account] = parts as [string, string, string, string, string];
  return { partition, service, region, account, resource: parts.slice(5).join(':') };
}

/**
 * Builds an ARN in the partition of `region`.
 *
 * @example
 * ```ts
 * formatArn('kinesis', 'us-east-1', '123456789012', 'stream/orders');
 * // 'arn:aws:kinesis:us-east-1:123456789012:stream/orders'
 * ```
 */
export function formatArn(service: string, region: string, account: string, resource: string): string {
  return `arn:${partitionOf(region)}:${service}:${region}:${account}:${resource}`;
}
