import { describe, expect, it } from 'vitest';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { LIMITS } from '../../../shared/model/limits';
import { schemaMaxLength, schemaRange, textLimit } from '../../../renderer/src/components/schemaLimits';
import { fieldId } from '../../../renderer/src/store/paths';
import { sv } from '../../../renderer/src/i18n/sv';
import { en } from '../../../renderer/src/i18n/en';

describe('field limits come from the file schema and the programme, never from a second list', () => {
  it('reads the cap of any text field, inside lists too', () => {
    expect(schemaMaxLength(['needs', 'need'])).toBe(LIMITS.text);
    expect(schemaMaxLength(['parties', 3, 'organisation'])).toBe(LIMITS.short);
    expect(schemaMaxLength(['project', 'summary'])).toBe(LIMITS.summary);
    expect(schemaMaxLength(['targetGroup', 'ageMin'])).toBeNull();
  });

  it('counts toward the funder’s limit where the programme sets one', () => {
    expect(textLimit(['project', 'summary'], DEFAULT_PROGRAMME)).toBe(1500);
    expect(textLimit(['needs', 'causes'], DEFAULT_PROGRAMME)).toBe(LIMITS.text);
  });

  it('knows the number ranges a field may hold', () => {
    expect(schemaRange(['targetGroup', 'ageMax'])).toEqual({ min: 0, max: 25 });
    expect(schemaRange(['socioEconomics', 'discountRate'])).toEqual({ min: 0, max: 20 });
  });
});

describe('field ids', () => {
  it('give every municipality its own id, letters outside ASCII included', () => {
    const ids = DEFAULT_PROGRAMME.subRegions.flatMap((r) => r.municipalities).map((m) => fieldId(['project', 'municipalities', m]));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});

describe('catalogs', () => {
  const leaves = (o: object, prefix = ''): [string, string][] =>
    Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v as object, `${prefix}${k}.`)));

  it('have no empty string and the same placeholders in Swedish and English', () => {
    const en_ = new Map(leaves(en));
    for (const [key, text] of leaves(sv)) {
      expect(text.trim(), key).not.toBe('');
      const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(vars(en_.get(key) ?? ''), key).toEqual(vars(text));
    }
  });
});
