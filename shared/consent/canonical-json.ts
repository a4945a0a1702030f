// Canonical JSON for hashing: object keys sorted by UTF-16 code units, no whitespace, strings and
// numbers as JSON.stringify writes them (the rules of RFC 8785 for the values the log uses). Input
// that has no single JSON meaning (NaN, Infinity, undefined, functions, lone surrogates, class
// instances) is rejected rather than silently changed, so two different values never hash alike.

export class CanonicalJsonError extends Error {
  override name = 'CanonicalJsonError';
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function canonicalJson(value: unknown): string {
  return write(value, '$');
}

function write(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`${path} is ${value}, which JSON cannot hold`);
      return JSON.stringify(value);
    case 'string':
      if (LONE_SURROGATE.test(value)) throw new CanonicalJsonError(`${path} has a lone surrogate, which UTF-8 cannot hold`);
      return JSON.stringify(value);
    case 'object':
      return Array.isArray(value) ? writeArray(value, path) : writeObject(value, path);
    default:
      throw new CanonicalJsonError(`${path} is ${typeof value}, which JSON cannot hold`);
  }
}

function writeArray(items: readonly unknown[], path: string): string {
  const parts: string[] = [];
  for (let i = 0; i < items.length; i++) {
    if (!(i in items)) throw new CanonicalJsonError(`${path}[${i}] is a hole in the array`);
    parts.push(write(items[i], `${path}[${i}]`));
  }
  return `[${parts.join(',')}]`;
}

function writeObject(object: object, path: string): string {
  const proto: unknown = Object.getPrototypeOf(object);
  if (proto !== Object.prototype && proto !== null) {
    throw new CanonicalJsonError(`${path} is not a plain object`);
  }
  const record = object as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  const parts = keys.map((key) => {
    if (LONE_SURROGATE.test(key)) throw new CanonicalJsonError(`${path} has a key with a lone surrogate`);
    return `${JSON.stringify(key)}:${write(record[key], `${path}.${key}`)}`;
  });
  return `{${parts.join(',')}}`;
}

/** The canonical JSON as UTF-8 bytes, the input of every hash in the log. */
export function canonicalBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(canonicalJson(value));
}
