import type { KmsAlias } from './state';

/**
 * The map of aliases a world keeps (`world.kms.aliases`, a `Map` by alias ARN), which also keeps
 * the aliases of each key, in creation order, so "the aliases of this key" is a lookup rather than
 * a walk over every alias. Whatever changes the map (the model, or a test writing to it directly)
 * keeps the index right; an alias's `targetKeyArn` is never changed in place.
 *
 * @example
 * ```ts
 * const aliases = new AliasIndex();
 * aliases.set(alias.aliasArn, alias);
 * aliases.ofKey(alias.targetKeyArn); // [alias]
 * ```
 */
export class AliasIndex extends Map<string, KmsAlias> {
  // A key's one alias as it is (most keys have one), or a map of its aliases by ARN in creation order.
  readonly #byKey = new Map<string, KmsAlias | Map<string, KmsAlias>>();

  /**
   * An empty map (entries are added with `set`, which the index sees).
   *
   * @example
   * ```ts
   * const aliases = new AliasIndex();
   * ```
   */
  constructor() {
    super();
  }

  /**
   * Adds or replaces an alias, keeping the index of its key.
   *
   * @example
   * ```ts
   * aliases.set(alias.aliasArn, alias);
   * ```
   */
  override set(aliasArn: string, alias: KmsAlias): this {
    const before = super.get(aliasArn);
    super.set(aliasArn, alias);
    if (before !== undefined && before.targetKeyArn !== alias.targetKeyArn) {
      this.#unlink(aliasArn, before.targetKeyArn);
      // The alias keeps its place in the map; rebuild its new key's list in map order.
      const list = new Map<string, KmsAlias>();
      for (const [arn, a] of this) if (a.targetKeyArn === alias.targetKeyArn) list.set(arn, a);
      this.#byKey.set(alias.targetKeyArn, list);
      return this;
    }
    const list = this.#byKey.get(alias.targetKeyArn);
    if (list === undefined || (!(list instanceof Map) && list.aliasArn === aliasArn)) this.#byKey.set(alias.targetKeyArn, alias);
    else if (list instanceof Map) list.set(aliasArn, alias);
    else this.#byKey.set(alias.targetKeyArn, new Map([[list.aliasArn, list], [aliasArn, alias]]));
    return this;
  }

  /**
   * Removes an alias and its entry in the index of its key.
   *
   * @example
   * ```ts
   * aliases.delete(alias.aliasArn);
   * ```
   */
  override delete(aliasArn: string): boolean {
    const before = super.get(aliasArn);
    if (before === undefined) return super.delete(aliasArn);
    this.#unlink(aliasArn, before.targetKeyArn);
    return super.delete(aliasArn);
  }

  /**
   * Removes every alias.
   *
   * @example
   * ```ts
   * aliases.clear();
   * ```
   */
  override clear(): void {
    super.clear();
    this.#byKey.clear();
  }

  /**
   * The aliases that point to the key `keyArn`, in creation order (the map's order).
   *
   * @example
   * ```ts
   * aliases.ofKey(key.arn).map((a) => a.aliasName); // ['alias/orders']
   * ```
   */
  ofKey(keyArn: string): readonly KmsAlias[] {
    const list = this.#byKey.get(keyArn);
    return list === undefined ? [] : list instanceof Map ? [...list.values()] : [list];
  }

  #unlink(aliasArn: string, keyArn: string): void {
    const list = this.#byKey.get(keyArn);
    if (list === undefined) return;
    if (!(list instanceof Map)) {
      if (list.aliasArn === aliasArn) this.#byKey.delete(keyArn);
      return;
    }
    list.delete(aliasArn);
    if (list.size === 0) this.#byKey.delete(keyArn);
  }
}

/**
 * The aliases that point to `keyArn`, in creation order: a lookup in an {@link AliasIndex}, or a
 * walk over any other map of aliases.
 *
 * @example
 * ```ts
 * aliasesPointingTo(world.kms.aliases, key.arn);
 * ```
 */
export function aliasesPointingTo(aliases: ReadonlyMap<string, KmsAlias>, keyArn: string): readonly KmsAlias[] {
  if (aliases instanceof AliasIndex) return aliases.ofKey(keyArn);
  const out: KmsAlias[] = [];
  for (const alias of aliases.values()) if (alias.targetKeyArn === keyArn) out.push(alias);
  return out;
}
