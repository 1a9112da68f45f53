import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, CanonicalJsonError, MAX_DEPTH, inCanonicalOrder, jsonEqual } from '../../../shared/canonical';

describe('canonical JSON: one text for one value', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it('sorts keys by UTF-16 code units, as RFC 8785 does', () => {
    expect(canonicalJson({ ø: 1, z: 2, Z: 3, é: 4, '10': 5, '9': 6 })).toBe('{"10":5,"9":6,"Z":3,"z":2,"é":4,"ø":1}');
  });

  it('sorts integer-like keys as text even when the object lists them first, in number order', () => {
    // JavaScript enumerates "9" before "10"; canonical order is by code unit, "10" first.
    const parsed = JSON.parse('{"10":5,"9":6,"a":1}') as unknown;
    expect(Object.keys(parsed as object)).toEqual(['9', '10', 'a']);
    expect(canonicalJson(parsed)).toBe('{"10":5,"9":6,"a":1}');
  });

  it('writes text read back from canonical text exactly as it was (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        // Parsed, its keys are in canonical order (save integer-like ones): the short way is taken.
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(canonicalJson({ z: JSON.parse(text) as unknown, a: undefined })).toBe(`{"z":${text}}`);
      }),
    );
  });

  it('puts a value\'s keys in canonical order without changing the value', () => {
    const ordered = inCanonicalOrder({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' }, e: undefined });
    expect(JSON.stringify(ordered)).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(inCanonicalOrder(value))).toBe(canonicalJson(value));
      }),
    );
  });

  it('keeps the order of arrays', () => {
    expect(canonicalJson([3, 1, 2])).toBe('[3,1,2]');
  });

  it('leaves out undefined members, as a JSON round trip would', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it.each([
    ['NaN', { n: Number.NaN }],
    ['Infinity', { n: Infinity }],
    ['undefined in an array', [undefined]],
    ['a function', { f: () => 1 }],
    ['a Date', { d: new Date(0) }],
    ['a Map', new Map()],
    ['a bigint', 1n],
  ])('refuses %s instead of guessing', (_name, value) => {
    expect(() => canonicalJson(value)).toThrow(CanonicalJsonError);
  });

  it('refuses nesting deeper than any record, with its own error rather than a stack overflow', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) as unknown;
    expect(() => canonicalJson(deep)).toThrow(CanonicalJsonError);
    const fine = JSON.parse(`${'{"a":'.repeat(MAX_DEPTH - 1)}1${'}'.repeat(MAX_DEPTH - 1)}`) as unknown;
    expect(canonicalJson(fine)).toContain('{"a":1}');
  });

  it('refuses a cycle', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => canonicalJson(a)).toThrow(/Cycle/);
  });

  it('allows the same object twice when it is not a cycle', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
  });

  it('is stable across a JSON round trip and key order (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('does not depend on the order keys were added (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(record));
      }),
    );
  });
});

/** The same value built again with its members in reverse order, and undefined members added. */
function rebuilt(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rebuilt);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).reverse();
  return Object.fromEntries([...entries.map(([key, item]) => [key, rebuilt(item)]), ['absent-member', undefined]]);
}

describe('jsonEqual', () => {
  it('agrees with comparing canonical texts: for a value and its rebuilt copy, and for two values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(jsonEqual(a, rebuilt(a))).toBe(true);
        expect(jsonEqual(a, b)).toBe(canonicalJson(a) === canonicalJson(b));
      }),
      { numRuns: 1000 },
    );
  });

  it('tells apart values that differ in one place: a member, an item, a type', () => {
    const facts = { personalData: 'yes', dataCategories: ['health', 'contact'], subjectCount: 12, note: null };
    expect(jsonEqual(facts, { ...facts, subjectCount: 13 })).toBe(false);
    expect(jsonEqual(facts, { ...facts, dataCategories: ['contact', 'health'] })).toBe(false);
    expect(jsonEqual(facts, { ...facts, note: undefined })).toBe(false);
    expect(jsonEqual(facts, { ...facts, extra: 0 })).toBe(false);
    expect(jsonEqual({ list: [] }, { list: {} })).toBe(false);
    expect(jsonEqual('1', 1)).toBe(false);
    expect(jsonEqual({ ...facts, gone: undefined }, facts)).toBe(true);
  });
});
