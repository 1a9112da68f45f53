import { describe, expect, it } from 'vitest';
import { en, nb } from '../../shared/i18n/messages/index';
import { translate } from '../../shared/i18n';

describe('the two languages', () => {
  it('have the same keys and no empty message', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
    for (const table of [nb, en]) for (const value of Object.values(table)) expect(value.trim()).not.toBe('');
  });

  it('use the same placeholders for each message', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nb) as (keyof typeof nb)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nb[key]));
    }
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(translate('nb', 'deadline.left', { duration: '3 t' })).toBe('3 t igjen');
    expect(translate('en', 'deadline.left')).toBe('{duration} left');
  });
});
