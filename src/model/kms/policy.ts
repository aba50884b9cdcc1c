import { partitionOf } from '../arn';
import type { ServiceError } from '../errors';
import { fail, ok, type Result } from '../result';
import { invalidPrincipals, malformedPolicy, policyLockout } from './messages';
import type { KeyPolicy, KmsKey, SseService } from './state';

// Key policies: the documents the world keeps (CreateKey's Policy, PutKeyPolicy), the default key
// policy AWS writes, and the one question the world asks of a policy: may Kinesis or Firehose use
// the key for server-side encryption? The world models no IAM, so a policy is read for three kinds
// of principal only: everyone (`*`), the key's account (its root ARN or its account id), and a
// service principal (`kinesis.amazonaws.com`, `firehose.amazonaws.com`). See docs/kms.md.

/**
 * The only key policy name KMS knows ("The only valid name is default" [DOC]).
 *
 * @example
 * ```ts
 * DEFAULT_POLICY_NAME; // 'default'
 * ```
 */
export const DEFAULT_POLICY_NAME = 'default';

/**
 * The KMS actions Kinesis and Firehose call on a stream's or delivery stream's key: a policy that
 * denies any of them keeps the service from encrypting with the key.
 *
 * @example
 * ```ts
 * SSE_ACTIONS.includes('kms:GenerateDataKey'); // true
 * ```
 */
export const SSE_ACTIONS: readonly string[] = ['kms:GenerateDataKey', 'kms:Encrypt', 'kms:Decrypt'];

const SERVICES: readonly SseService[] = ['kinesis', 'firehose'];

/**
 * The default key policy KMS gives a key created without `Policy`: one statement allowing the
 * account root every KMS action [REAL: the statement, LocalStack snapshot `test_replicate_key`
 * (its ReplicaPolicy, recorded against AWS 2025); DOC: "Default key policy"], laid out as KMS prints
 * it (two-space indent, ` : ` between name and value [DOC: GetKeyPolicy example output; INF: layout]).
 *
 * @example
 * ```ts
 * JSON.parse(defaultKeyPolicy('123456789012', 'us-east-1')).Id; // 'key-default-1'
 * ```
 */
export function defaultKeyPolicy(account: string, region: string): string {
  return [
    '{',
    '  "Version" : "2012-10-17",',
    '  "Id" : "key-default-1",',
    '  "Statement" : [ {',
    '    "Sid" : "Enable IAM User Permissions",',
    '    "Effect" : "Allow",',
    '    "Principal" : {',
    `      "AWS" : "arn:${partitionOf(region)}:iam::${account}:root"`,
    '    },',
    '    "Action" : "kms:*",',
    '    "Resource" : "*"',
    '  } ]',
    '}',
  ].join('\n');
}

/**
 * The key policy of an AWS managed key for `service`: use through that service by principals of
 * the account, and read-only access for the account [DOC: "AWS managed keys" key policy pattern;
 * INF: the Sid texts and layout].
 *
 * @example
 * ```ts
 * JSON.parse(awsManagedKeyPolicy('kinesis', '123456789012', 'us-east-1')).Id; // 'auto-kinesis-1'
 * ```
 */
export function awsManagedKeyPolicy(service: string, account: string, region: string): string {
  const document = {
    Version: '2012-10-17',
    Id: `auto-${service}-1`,
    Statement: [
      {
        Sid: `Allow access through ${service} for all principals in the account that are authorized to use ${service}`,
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
        Resource: '*',
        Condition: { StringEquals: { 'kms:CallerAccount': account, 'kms:ViaService': `${service}.${region}.amazonaws.com` } },
      },
      {
        Sid: 'Allow direct access to key metadata to the account',
        Effect: 'Allow',
        Principal: { AWS: `arn:${partitionOf(region)}:iam::${account}:root` },
        Action: ['kms:Describe*', 'kms:Get*', 'kms:List*', 'kms:RevokeGrant'],
        Resource: '*',
      },
    ],
  };
  return JSON.stringify(document, null, 2);
}

/**
 * The policy document GetKeyPolicy answers for `key`: the one set on it, else the default (an AWS
 * managed key's own policy for AWS managed keys).
 *
 * @example
 * ```ts
 * keyPolicyDocument(key, 'kinesis'); // the default key policy text of a new customer managed key
 * ```
 */
export function keyPolicyDocument(key: KmsKey, managedService: string | undefined): string {
  if (key.policy !== undefined) return key.policy.document;
  return key.manager === 'AWS' ? awsManagedKeyPolicy(managedService ?? 'kms', key.account, key.region) : defaultKeyPolicy(key.account, key.region);
}

/** One statement, as the world reads it. */
interface Statement {
  readonly effect: 'Allow' | 'Deny';
  /** `undefined`: NotPrincipal (the world reads it as applying to no principal it models). */
  readonly principals: readonly string[] | undefined;
  readonly actions: readonly string[];
  /** Whether the actions are a NotAction list. */
  readonly notAction: boolean;
  readonly conditional: boolean;
}

function strings(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) return value as string[];
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The principals of a statement, or a reason it is malformed. */
function principalsOf(value: unknown): string[] | 'invalid' {
  if (value === '*') return ['*'];
  if (!isObject(value)) return 'invalid';
  const out: string[] = [];
  const kinds = Object.keys(value);
  if (kinds.length === 0) return 'invalid';
  for (const kind of kinds) {
    if (kind !== 'AWS' && kind !== 'Service' && kind !== 'Federated' && kind !== 'CanonicalUser') return 'invalid';
    const list = strings(value[kind]);
    if (list === undefined) return 'invalid';
    out.push(...list);
  }
  return out;
}

function readStatement(raw: unknown): Statement | ServiceError {
  if (!isObject(raw)) return malformedPolicy();
  const effect = raw['Effect'];
  if (effect !== 'Allow' && effect !== 'Deny') return malformedPolicy();
  let principals: string[] | undefined;
  if (raw['Principal'] !== undefined) {
    const p = principalsOf(raw['Principal']);
    if (p === 'invalid') return invalidPrincipals();
    principals = p;
  } else if (raw['NotPrincipal'] !== undefined) {
    if (principalsOf(raw['NotPrincipal']) === 'invalid') return invalidPrincipals();
  } else {
    // "Each statement in the key policy must contain one or more principals." [DOC]
    return invalidPrincipals();
  }
  const action = raw['Action'] ?? raw['NotAction'];
  // A statement without Action "has no effect" and the request succeeds [DOC].
  const actions = action === undefined ? [] : strings(action);
  if (actions === undefined) return malformedPolicy();
  return { effect, principals, actions, notAction: raw['Action'] === undefined && raw['NotAction'] !== undefined, conditional: raw['Condition'] !== undefined };
}

/** IAM's wildcard match (`*` any run, `?` one character), case-insensitive, as action names are. */
function globMatches(pattern: string, text: string): boolean {
  const p = pattern.toLowerCase();
  const t = text.toLowerCase();
  let pi = 0;
  let ti = 0;
  let star = -1;
  let mark = 0;
  while (ti < t.length) {
    if (pi < p.length && (p[pi] === '?' || p[pi] === t[ti])) {
      pi++;
      ti++;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi++;
      mark = ti;
    } else if (star >= 0) {
      pi = star + 1;
      ti = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

function coversAction(s: Statement, action: string): boolean {
  const listed = s.actions.some((a) => globMatches(a, action));
  return s.notAction ? s.actions.length > 0 && !listed : listed;
}

/** Whether a statement names one of `principals` (`*` in the statement names everyone). */
function coversPrincipal(s: Statement, principals: readonly string[]): boolean {
  if (s.principals === undefined) return false;
  return s.principals.some((p) => p === '*' || principals.includes(p));
}

/** The principals that stand for the key's account (its root, by ARN or by account id). */
function accountPrincipals(account: string, region: string): string[] {
  return [`arn:${partitionOf(region)}:iam::${account}:root`, account];
}

function allows(statements: readonly Statement[], principals: readonly string[], action: string): boolean {
  const applies = (s: Statement): boolean => !s.conditional && coversPrincipal(s, principals) && coversAction(s, action);
  return statements.some((s) => s.effect === 'Allow' && applies(s)) && !statements.some((s) => s.effect === 'Deny' && applies(s));
}

/** The statements of a policy document, or KMS's exception for a malformed one. */
function statementsOf(document: string): Statement[] | ServiceError {
  let parsed: unknown;
  try {
    parsed = JSON.parse(document);
  } catch {
    return malformedPolicy();
  }
  if (!isObject(parsed)) return malformedPolicy();
  const rawStatements = Array.isArray(parsed['Statement']) ? (parsed['Statement'] as unknown[]) : parsed['Statement'] === undefined ? [] : [parsed['Statement']];
  if (rawStatements.length === 0) return malformedPolicy();
  const statements: Statement[] = [];
  for (const raw of rawStatements) {
    const s = readStatement(raw);
    if ('type' in s) return s;
    statements.push(s);
  }
  return statements;
}

/**
 * Reads a key policy document the way PutKeyPolicy and CreateKey check it, for a key of `account`
 * in `region`:
 *
 * - not a JSON object with a `Statement` (one statement or a non-empty list), or a statement without
 *   a valid `Effect` or with an `Action` that is not a string or list of strings:
 *   `MalformedPolicyDocumentException` with no message [REAL for text that is not JSON; INF for the rest];
 * - a statement without `Principal`/`NotPrincipal`, or with one that is not `*` or an object of
 *   `AWS`/`Service`/`Federated`/`CanonicalUser` strings: `… one or more invalid principals.` [REAL text];
 * - unless `bypassLockoutCheck`: a policy that does not let the account (its root, or `*`) call
 *   `kms:PutKeyPolicy`: `The new key policy will not allow you to update the key policy in the future.` [REAL].
 *
 * Else the {@link KeyPolicy} to keep, with the services it denies: a service may use the key when
 * some `Allow` statement covers `kms:GenerateDataKey` for the account, `*` or the service principal,
 * and no `Deny` statement covers any of {@link SSE_ACTIONS} for those. Statements with a `Condition`
 * are not evaluated (the world cannot know the request context) [INF: documented rule].
 *
 * @example
 * ```ts
 * const r = readKeyPolicy(text, '123456789012', 'us-east-1', false);
 * if (r.ok) r.value.deniedServices; // e.g. ['kinesis']
 * ```
 */
export function readKeyPolicy(document: string, account: string, region: string, bypassLockoutCheck: boolean): Result<KeyPolicy> {
  const statements = statementsOf(document);
  if (!Array.isArray(statements)) return fail(statements);
  const root = accountPrincipals(account, region);
  if (!bypassLockoutCheck && !allows(statements, root, 'kms:PutKeyPolicy')) return fail(policyLockout());
  const deniedServices = SERVICES.filter((service) => {
    const principals = [...root, `${service}.amazonaws.com`];
    const allowed = allows(statements, principals, 'kms:GenerateDataKey');
    return !allowed || SSE_ACTIONS.some((action) => statements.some((s) => s.effect === 'Deny' && !s.conditional && coversPrincipal(s, principals) && coversAction(s, action)));
  });
  return ok({ document, deniedServices });
}

/**
 * Whether the key's policy lets `principalAccount` (its root) call `action` on the key: for a
 * cross-account call to a cryptographic operation. A key without a policy of its own has the
 * default policy, which allows its own account only.
 *
 * @example
 * ```ts
 * policyAllowsAccount(key, '210987654321', 'kms:Encrypt'); // false with the default policy
 * ```
 */
export function policyAllowsAccount(key: KmsKey, principalAccount: string, action: string): boolean {
  if (key.policy === undefined) return principalAccount === key.account;
  const statements = statementsOf(key.policy.document);
  return Array.isArray(statements) && allows(statements, accountPrincipals(principalAccount, key.region), action);
}

/**
 * Whether the key's policy keeps `service` from using the key for server-side encryption (see
 * {@link readKeyPolicy}); the default policy denies no one.
 *
 * @example
 * ```ts
 * policyDeniesService(key, 'kinesis'); // false for a key with the default policy
 * ```
 */
export function policyDeniesService(key: KmsKey, service: SseService): boolean {
  return key.policy !== undefined && key.policy.deniedServices.includes(service);
}
