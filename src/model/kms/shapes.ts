import type { Shape } from '../validate';

/**
 * `KeyId` (KeyIdType): required, 1–2048 characters, no pattern [MODEL].
 *
 * @example
 * ```ts
 * validateInput('kms', {}, { KeyId: KEY_ID }); // Value null at 'keyId' … must not be null
 * ```
 */
export const KEY_ID: Shape = { type: 'string', required: true, min: 1, max: 2048 };

/**
 * `AliasName` (AliasNameType): 1–256 characters of `^[a-zA-Z0-9:/_-]+$` [MODEL; REAL: the pattern as AWS prints it].
 *
 * @example
 * ```ts
 * validateInput('kms', { AliasName: 'alias/bad name' }, { AliasName: ALIAS_NAME }); // pattern violation
 * ```
 */
export const ALIAS_NAME: Shape = { type: 'string', required: true, min: 1, max: 256, pattern: '^[a-zA-Z0-9:/_-]+$' };

/**
 * `GrantTokens`: up to 10 tokens of 1–8192 characters [MODEL].
 *
 * @example
 * ```ts
 * validateInput('kms', { KeyId: 'k', GrantTokens: [] }, { KeyId: KEY_ID, GrantTokens: GRANT_TOKENS }); // undefined
 * ```
 */
export const GRANT_TOKENS: Shape = { type: 'list', max: 10, member: { type: 'string', min: 1, max: 8192 } };
