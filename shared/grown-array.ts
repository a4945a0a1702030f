// Typed arrays that fill as data streams in (hashes, lengths, bits): grown by doubling, so filling
// n items copies fewer than 2n in all.
type GrowableArray = Uint8Array | Uint32Array | Float64Array;

/** `array` if it holds `length` items, else a copy at least twice as long with its items in front. */
export function grownTo<T extends GrowableArray>(array: T, length: number): T {
  if (length <= array.length) return array;
  const grown = new (array.constructor as new (length: number) => T)(Math.max(length, array.length * 2));
  grown.set(array);
  return grown;
}
