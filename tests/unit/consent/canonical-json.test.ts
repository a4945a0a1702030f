import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalBytes, canonicalJson, CanonicalJsonError } from '../../../shared/consent/canonical-json.ts';
import { entryHash } from '../../../shared/consent/chain.ts';

describe('canonicalJson', () => {
  it('sorts keys by UTF-16 code units (the RFC 8785 sorting example)', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    expect(canonicalJson(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('writes nested values without whitespace, in sorted order at every level', () => {
    expect(canonicalJson({ b: [3, { z: 1, a: null }], a: { d: true, c: 'x y' } })).toBe(
      '{"a":{"c":"x y","d":true},"b":[3,{"a":null,"z":1}]}',
    );
  });

  it('writes numbers as ECMAScript does (RFC 8785 number vectors)', () => {
    const vectors: [number, string][] = [
      [0, '0'], [-0, '0'], [1e21, '1e+21'], [1e-7, '1e-7'], [0.000001, '0.000001'],
      [333333333.3333333, '333333333.3333333'], [-5e-324, '-5e-324'], [9007199254740991, '9007199254740991'],
    ];
    for (const [value, text] of vectors) expect(canonicalJson(value)).toBe(text);
  });

  it('escapes strings as JSON.stringify does and encodes UTF-8', () => {
    expect(canonicalJson('a"b\\c\n\u0001é')).toBe('"a\\"b\\\\c\\n\\u0001é"');
    expect([...canonicalBytes('é€')]).toEqual([0x22, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0x22]);
  });

  it.each([
    ['NaN', { a: Number.NaN }, '$.a is NaN'],
    ['Infinity', [1, Number.POSITIVE_INFINITY], '$[1] is Infinity'],
    ['undefined', { a: undefined }, '$.a is undefined'],
    ['a function', { f: () => 1 }, '$.f is function'],
    ['a bigint', { n: 1n }, '$.n is bigint'],
    ['a Date', { d: new Date(0) }, '$.d is not a plain object'],
    ['a lone surrogate', { s: 'a\ud800' }, 'lone surrogate'],
    ['a sparse array', { a: [1, , 3] }, 'hole'],
  ])('rejects %s', (_name, value, message) => {
    expect(() => canonicalJson(value)).toThrow(CanonicalJsonError);
    expect(() => canonicalJson(value)).toThrow(message);
  });

  it('gives entry hashes equal to an independent SHA-256 of the canonical text, ignoring `hash`', () => {
    const entry = { seq: 1, prev: '0'.repeat(64), kind: 'concerns-discussed', note: 'é', hash: 'ignored' };
    const expected = createHash('sha256')
      .update('{"kind":"concerns-discussed","note":"é","prev":"' + '0'.repeat(64) + '","seq":1}', 'utf8')
      .digest('hex');
    expect(entryHash(entry)).toBe(expected);
  });
});
