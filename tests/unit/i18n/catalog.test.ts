import { describe, expect, it } from 'vitest';
import { defineCatalog, fill, plural } from '../../../shared/i18n/catalog';

const strings = defineCatalog(
  {
    saved: 'Sparat {time}',
    plain: 'Klart',
    group: { lines: plural('{count} rad', '{count} rader'), of: '{n} av {total}' },
    'parties.*.name': 'Namn',
  },
  {
    saved: 'Saved {time}',
    plain: 'Done',
    group: { lines: plural('{count} line', '{count} lines'), of: '{n} of {total}' },
    'parties.*.name': 'Name',
  },
);

describe('defineCatalog', () => {
  it('fills placeholders in the chosen language', () => {
    expect(strings.t('sv', 'saved', { time: '14:02' })).toBe('Sparat 14:02');
    expect(strings.t('en', 'saved', { time: '14:02' })).toBe('Saved 14:02');
    expect(strings.in('sv')('group.of', { n: 3, total: 12 })).toBe('3 av 12');
    expect(strings.t('en', 'plain')).toBe('Done');
  });

  it('picks the plural form from count', () => {
    expect(strings.t('sv', 'group.lines', { count: 1 })).toBe('1 rad');
    expect(strings.t('sv', 'group.lines', { count: 0 })).toBe('0 rader');
    expect(strings.t('en', 'group.lines', { count: 2 })).toBe('2 lines');
  });

  it('takes flat keys with dots as well as nested ones', () => {
    expect(strings.t('en', 'parties.*.name')).toBe('Name');
    expect(strings.keys()).toEqual(['saved', 'plain', 'group.lines', 'group.of', 'parties.*.name']);
    expect(strings.has('group.of')).toBe(true);
    expect(strings.has('group.nope')).toBe(false);
  });

  it('binds one function per language', () => {
    expect(strings.in('sv')).toBe(strings.in('sv'));
    expect(strings.in('sv')).not.toBe(strings.in('en'));
  });

  it('leaves an unfilled placeholder visible and never touches a value twice', () => {
    expect(fill('{a} och {b}', { a: '{b}' })).toBe('{b} och {b}');
    expect(fill('brace { alone', { a: 1 })).toBe('brace { alone');
  });

  it('refuses at compile time what it cannot print', () => {
    // @ts-expect-error an unknown key
    strings.t('sv', 'nope');
    // @ts-expect-error a placeholder without its value
    strings.t('sv', 'saved');
    // @ts-expect-error a misspelt placeholder
    strings.t('sv', 'saved', { tme: 'x' });
    // @ts-expect-error values for a text without placeholders
    strings.t('sv', 'plain', { x: 1 });
    // @ts-expect-error English without a key Swedish has
    defineCatalog({ a: 'A', b: 'B' }, { a: 'A' });
    expect(true).toBe(true);
  });
});
