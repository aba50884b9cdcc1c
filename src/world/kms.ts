import { formatArn } from '../model/arn';
import { ANY_KEY_ID, createKey, homeRegion, resolveKeyId, VALID_USAGES, type NewKey } from '../model/kms/keys';
import { grantListEntry, type GrantListEntryShape } from '../model/kms/list-grants';
import { addAlias, aliasesOf, cancelKeyDeletion, scheduleKeyDeletion, setKeyCondition, setKeyState } from '../model/kms/lifecycle';
import { aliasNameViolation, aliasTaken, DEFAULT_PENDING_WINDOW_IN_DAYS, keyChangeViolation, pendingWindowAllowed, usageAllowed } from '../model/kms/rules';
import { KEY_CONDITIONS, type KeyCondition, type KeySpec, type KeyState, type KeyUsage, type KmsKey } from '../model/kms/state';
import { isRegionName, type ModelWorld } from '../model/world';

/**
 * A read-only snapshot of a KMS key, as `world.kms` shows it.
 *
 * @example
 * ```ts
 * const info: KmsKeyInfo = world.kms.createKey({ alias: 'alias/orders' });
 * info.aliases; // ['alias/orders']
 * ```
 */
export interface KmsKeyInfo {
  readonly KeyId: string;
  readonly Arn: string;
  readonly KeyState: KeyState;
  readonly KeySpec: KeySpec;
  readonly KeyUsage: KeyUsage;
  readonly KeyManager: 'CUSTOMER' | 'AWS';
  /** The test conditions switched on for the key. */
  readonly conditions: readonly KeyCondition[];
  /** The names of the aliases that point to the key. */
  readonly aliases: readonly string[];
}

/**
 * A grant on a key, as ListGrants shows it (CreationDate in epoch ms).
 *
 * @example
 * ```ts
 * world.kms.grants(keyArn)[0]?.Operations; // e.g. ['Encrypt', 'GenerateDataKey', ...]
 * ```
 */
export type KmsGrantInfo = GrantListEntryShape;

/**
 * Options of `world.kms.createKey`: a {@link NewKey} and an optional alias for it.
 *
 * @example
 * ```ts
 * const k: NewKmsKey = { alias: 'alias/orders', conditions: ['throttled'] };
 * ```
 */
export type NewKmsKey = NewKey & { readonly alias?: string };

/**
 * Inspecting and changing KMS keys without the SDK, at the clock's current time. Every change is
 * recorded in the trace (`KeyState` / `KeyCondition` transitions, detail `world.kms.<method>`), so
 * a test's timeline is complete. A KeyId may be given in any of the five forms; a key the world
 * does not have, or a change KMS could never make (enabling a key pending deletion), throws a
 * `TypeError` naming it.
 *
 * @example
 * ```ts
 * world.kms.createKey({ alias: 'alias/orders' });
 * world.kms.disable('alias/orders');
 * world.kms.describe('alias/orders')?.KeyState; // 'Disabled'
 * ```
 */
export interface KmsView {
  /** How many keys the world holds (all accounts and regions). */
  readonly keyCount: number;
  /**
   * Creates a key (symmetric, Enabled, customer managed, in the world's account and region unless
   * told otherwise), with an alias when `alias` is given.
   *
   * @example
   * ```ts
   * const key = world.kms.createKey({ alias: 'alias/orders', conditions: ['throttled'] });
   * ```
   */
  createKey(options?: NewKmsKey): KmsKeyInfo;
  /**
   * The key a KeyId names (key id, key ARN, alias name, alias ARN), or `undefined`. Looking does not
   * create the AWS managed key behind `alias/aws/<service>`: that exists once a call used it.
   *
   * @example
   * ```ts
   * world.kms.describe('alias/orders')?.KeyState; // 'Enabled'
   * ```
   */
  describe(keyId: string): KmsKeyInfo | undefined;
  /**
   * Enables a key (as EnableKey).
   *
   * @example
   * ```ts
   * world.kms.enable('alias/orders');
   * ```
   */
  enable(keyId: string): void;
  /**
   * Disables a key (as DisableKey).
   *
   * @example
   * ```ts
   * world.kms.disable('alias/orders');
   * ```
   */
  disable(keyId: string): void;
  /**
   * Schedules a key's deletion in `days` days (7–30, default 30), as ScheduleKeyDeletion.
   *
   * @example
   * ```ts
   * world.kms.scheduleDeletion('alias/orders', 7);
   * ```
   */
  scheduleDeletion(keyId: string, days?: number): void;
  /**
   * Cancels a key's pending deletion; the key is Disabled, as CancelKeyDeletion leaves it.
   *
   * @example
   * ```ts
   * world.kms.cancelDeletion('alias/orders');
   * ```
   */
  cancelDeletion(keyId: string): void;
  /**
   * Switches a test condition on (default) or off for a key: `access-denied`, `opt-in-required`,
   * `throttled` or `grant-revoked`.
   *
   * @example
   * ```ts
   * world.kms.setCondition('alias/orders', 'access-denied');
   * world.kms.setCondition('alias/orders', 'access-denied', false);
   * ```
   */
  setCondition(keyId: string, condition: KeyCondition, on?: boolean): void;
  /**
   * Adds an alias (`alias/…`, not `alias/aws/…`) for a key, in the key's account and region.
   *
   * @example
   * ```ts
   * world.kms.createAlias('alias/orders-v2', key.KeyId);
   * ```
   */
  createAlias(aliasName: string, keyId: string): void;
  /**
   * The grants on one key, or on every key when none is named.
   *
   * @example
   * ```ts
   * world.kms.grants(key.Arn).length; // 1 once a delivery stream encrypts with it
   * ```
   */
  grants(keyId?: string): readonly KmsGrantInfo[];
}

const PREFIX = '[kinesis-sse-harness]';
const ALIAS_PATTERN = /^alias\/[a-zA-Z0-9/_-]+$/;
const NEW_KEY_OPTIONS = ['description', 'spec', 'usage', 'account', 'region', 'manager', 'state', 'conditions', 'multiRegion', 'alias'];

function info(model: ModelWorld, key: KmsKey): KmsKeyInfo {
  return {
    KeyId: key.keyId,
    Arn: key.arn,
    KeyState: key.state,
    KeySpec: key.spec,
    KeyUsage: key.usage,
    KeyManager: key.manager,
    conditions: KEY_CONDITIONS.filter((c) => key.conditions.has(c)),
    aliases: aliasesOf(model, key),
  };
}

/** The key a KeyId names (an ARN in its own region), without creating AWS managed keys. */
function peek(model: ModelWorld, keyId: string): KmsKey | undefined {
  const found = resolveKeyId(model, keyId, homeRegion(model, keyId), ANY_KEY_ID);
  return found.found === 'key' ? found.key : undefined;
}

function checkNewKey(options: NewKmsKey): void {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`${PREFIX} world.kms.createKey options must be an object; got ${JSON.stringify(options)}`);
  }
  for (const k of Object.keys(options)) {
    if (!NEW_KEY_OPTIONS.includes(k)) throw new TypeError(`${PREFIX} world.kms.createKey: unknown option '${k}'; known: ${NEW_KEY_OPTIONS.join(', ')}`);
  }
  const spec = options.spec ?? 'SYMMETRIC_DEFAULT';
  const usages = Object.prototype.hasOwnProperty.call(VALID_USAGES, spec) ? VALID_USAGES[spec] : undefined;
  if (usages === undefined) {
    throw new TypeError(`${PREFIX} world.kms.createKey: spec must be one of ${Object.keys(VALID_USAGES).join(', ')}; got ${JSON.stringify(options.spec)}`);
  }
  if (options.usage !== undefined && !usageAllowed(spec, options.usage)) {
    throw new TypeError(`${PREFIX} world.kms.createKey: usage ${JSON.stringify(options.usage)} is not valid for spec ${spec}; KMS accepts ${usages.join(', ')}`);
  }
  if (options.account !== undefined && !/^\d{12}$/.test(options.account)) {
    throw new TypeError(`${PREFIX} world.kms.createKey: account must be 12 digits; got ${JSON.stringify(options.account)}`);
  }
  if (options.region !== undefined && !isRegionName(options.region)) {
    throw new TypeError(`${PREFIX} world.kms.createKey: region must look like 'us-east-1'; got ${JSON.stringify(options.region)}`);
  }
  if (options.manager !== undefined && options.manager !== 'CUSTOMER' && options.manager !== 'AWS') {
    throw new TypeError(`${PREFIX} world.kms.createKey: manager must be 'CUSTOMER' or 'AWS'; got ${JSON.stringify(options.manager)}`);
  }
  if (options.state !== undefined && options.state !== 'Enabled' && options.state !== 'Disabled') {
    throw new TypeError(`${PREFIX} world.kms.createKey: state must be 'Enabled' or 'Disabled' (schedule deletion with scheduleDeletion); got ${JSON.stringify(options.state)}`);
  }
  if (options.description !== undefined && typeof options.description !== 'string') {
    throw new TypeError(`${PREFIX} world.kms.createKey: description must be a string; got ${JSON.stringify(options.description)}`);
  }
  if (options.multiRegion !== undefined && typeof options.multiRegion !== 'boolean') {
    throw new TypeError(`${PREFIX} world.kms.createKey: multiRegion must be a boolean; got ${JSON.stringify(options.multiRegion)}`);
  }
  for (const c of options.conditions ?? []) checkCondition('createKey', c);
}

function checkCondition(method: string, condition: unknown): asserts condition is KeyCondition {
  if (!KEY_CONDITIONS.includes(condition as KeyCondition)) {
    throw new TypeError(`${PREFIX} world.kms.${method}: condition must be one of ${KEY_CONDITIONS.join(', ')}; got ${JSON.stringify(condition)}`);
  }
}

function checkAliasName(method: string, aliasName: unknown): asserts aliasName is string {
  if (typeof aliasName !== 'string' || !ALIAS_PATTERN.test(aliasName) || aliasName.length > 256) {
    throw new TypeError(`${PREFIX} world.kms.${method}: alias must be 'alias/' and a name of letters, digits, '/', '_' or '-'; got ${JSON.stringify(aliasName)}`);
  }
  if (aliasNameViolation(aliasName) === 'reserved') {
    throw new TypeError(`${PREFIX} world.kms.${method}: ${aliasName} is reserved for AWS managed keys, which the world creates when a call first names them`);
  }
}

/**
 * @internal
 *
 * @example
 * ```ts
 * const view = kmsView(model, () => advanceTo(model, clock.now()));
 * ```
 */
export function kmsView(model: ModelWorld, now: () => number): KmsView {
  const keyFor = (method: string, keyId: unknown): KmsKey => {
    if (typeof keyId !== 'string') throw new TypeError(`${PREFIX} world.kms.${method}: keyId must be a string; got ${JSON.stringify(keyId)}`);
    const key = peek(model, keyId);
    if (key === undefined) {
      throw new TypeError(`${PREFIX} world.kms.${method}: no KMS key '${keyId}' in this world (account ${model.accountId}, region ${model.region})`);
    }
    return key;
  };
  const newAlias = (method: string, aliasName: string, key: KmsKey): void => {
    checkAliasName(method, aliasName);
    const aliasArn = formatArn('kms', key.region, key.account, aliasName);
    if (aliasTaken(model, aliasArn)) throw new TypeError(`${PREFIX} world.kms.${method}: alias ${aliasArn} already exists`);
    if (keyChangeViolation(key, 'alias', 'setup') !== undefined) {
      throw new TypeError(`${PREFIX} world.kms.${method}: ${key.arn} is pending deletion; cancelDeletion first (KMS cannot alias it either)`);
    }
  };
  /** Enables or disables a key as EnableKey/DisableKey would (not while it is pending deletion). */
  const switchKey = (method: 'enable' | 'disable', keyId: string, state: 'Enabled' | 'Disabled'): void => {
    const t = now();
    const key = keyFor(method, keyId);
    if (keyChangeViolation(key, method, 'setup') !== undefined) {
      throw new TypeError(`${PREFIX} world.kms.${method}: ${key.arn} is pending deletion; cancelDeletion first (KMS cannot ${method} it either)`);
    }
    setKeyState(model, key, state, t, `world.kms.${method}`);
  };

  return {
    get keyCount() {
      return model.kms.keys.size;
    },
    createKey(options = {}) {
      checkNewKey(options);
      const t = now();
      const { alias, conditions, ...spec } = options;
      const region = spec.region ?? model.region;
      const account = spec.account ?? model.accountId;
      if (alias !== undefined) {
        checkAliasName('createKey', alias);
        const aliasArn = formatArn('kms', region, account, alias);
        if (aliasTaken(model, aliasArn)) throw new TypeError(`${PREFIX} world.kms.createKey: alias ${aliasArn} already exists`);
      }
      const key = createKey(model, spec, t, region, 'world.kms.createKey');
      for (const c of conditions ?? []) setKeyCondition(model, key, c, true, t, 'world.kms.createKey');
      if (alias !== undefined) addAlias(model, alias, key, t);
      return info(model, key);
    },
    describe(keyId) {
      if (typeof keyId !== 'string') throw new TypeError(`${PREFIX} world.kms.describe: keyId must be a string; got ${JSON.stringify(keyId)}`);
      now();
      const key = peek(model, keyId);
      return key === undefined ? undefined : info(model, key);
    },
    enable(keyId) {
      switchKey('enable', keyId, 'Enabled');
    },
    disable(keyId) {
      switchKey('disable', keyId, 'Disabled');
    },
    scheduleDeletion(keyId, days = DEFAULT_PENDING_WINDOW_IN_DAYS) {
      if (typeof days !== 'number' || !pendingWindowAllowed(days)) {
        throw new RangeError(`${PREFIX} world.kms.scheduleDeletion: days must be a whole number from 7 to 30; got ${JSON.stringify(days)}`);
      }
      const t = now();
      const key = keyFor('scheduleDeletion', keyId);
      if (keyChangeViolation(key, 'schedule-deletion', 'setup') !== undefined) throw new TypeError(`${PREFIX} world.kms.scheduleDeletion: ${key.arn} is already pending deletion`);
      scheduleKeyDeletion(model, key, days, t, 'world.kms.scheduleDeletion');
    },
    cancelDeletion(keyId) {
      const t = now();
      const key = keyFor('cancelDeletion', keyId);
      if (keyChangeViolation(key, 'cancel-deletion', 'setup') !== undefined) throw new TypeError(`${PREFIX} world.kms.cancelDeletion: ${key.arn} is not pending deletion`);
      cancelKeyDeletion(model, key, t, 'world.kms.cancelDeletion');
    },
    setCondition(keyId, condition, on = true) {
      checkCondition('setCondition', condition);
      if (typeof on !== 'boolean') throw new TypeError(`${PREFIX} world.kms.setCondition: on must be a boolean; got ${JSON.stringify(on)}`);
      const t = now();
      const key = keyFor('setCondition', keyId);
      setKeyCondition(model, key, condition, on, t, 'world.kms.setCondition');
    },
    createAlias(aliasName, keyId) {
      const t = now();
      const key = keyFor('createAlias', keyId);
      newAlias('createAlias', aliasName, key);
      addAlias(model, aliasName, key, t);
    },
    grants(keyId) {
      now();
      const only = keyId === undefined ? undefined : keyFor('grants', keyId).arn;
      const out: KmsGrantInfo[] = [];
      for (const grant of model.kms.grants.values()) {
        if (only !== undefined && grant.keyArn !== only) continue;
        out.push(grantListEntry(grant));
      }
      return out;
    },
  };
}
