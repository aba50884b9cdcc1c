import { describe, expect, it } from 'vitest';
import { page } from '../../../src/model/kms/pagination';

const items = Array.from({ length: 7 }, (_, i) => ({ id: `alias/item-${i}` }));
const idOf = (x: { id: string }): string => x.id;

describe('KMS pagination', () => {
  it('returns everything with Truncated false when it fits, 50 by default', () => {
    expect(page(items, idOf, undefined, undefined)).toEqual({ ok: true, value: { items, Truncated: false } });
    const many = Array.from({ length: 51 }, (_, i) => ({ id: `k${i}` }));
    const r = page(many, idOf, undefined, undefined);
    expect(r.ok && [r.value.items.length, r.value.Truncated]).toEqual([50, true]);
  });

  it('walks every page exactly once by following NextMarker', () => {
    const seen: string[] = [];
    let marker: string | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const r = page(items, idOf, 3, marker);
      if (!r.ok) throw new Error(r.error.message);
      seen.push(...r.value.items.map(idOf));
      if (!r.value.Truncated) {
        expect(r.value).not.toHaveProperty('NextMarker');
        break;
      }
      expect(r.value.NextMarker).toMatch(/^[A-Za-z0-9_-]+$/);
      marker = r.value.NextMarker;
    }
    expect(seen).toEqual(items.map(idOf));
  });

  it('rejects a marker it did not make with InvalidMarkerException', () => {
    expect(page(items, idOf, 3, 'no such marker')).toMatchObject({ ok: false, error: { type: 'InvalidMarkerException', httpStatus: 400 } });
    expect(page(items, idOf, 3, 'QUJD')).toMatchObject({ ok: false, error: { type: 'InvalidMarkerException' } });
  });
});
