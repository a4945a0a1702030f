// A module of one exported function over one exported memory: the shape of the page's SHA-256 core.
import { I32, name, OP, section, unsignedLeb, WASM_HEADER } from '../../../shared/wasm/wasm-encoding.ts';

export { OP, signedLeb, unsignedLeb, VOID_BLOCK } from '../../../shared/wasm/wasm-encoding.ts';

/** The value type v128 (fixed-width SIMD). */
export const V128 = 0x7b;

/** The SIMD instructions used; each is written after the 0xfd prefix, as unsigned LEB128. */
export const SIMD = {
  v128Load: 0x00,
  v128Store: 0x0b,
  v128Const: 0x0c,
  i8x16Shuffle: 0x0d,
  v128Xor: 0x51,
  v128Load64Zero: 0x5d,
  i32x4Shl: 0xab,
  i32x4ShrU: 0xad,
  i32x4Add: 0xae,
} as const;

export const simd = (opcode: number): number[] => [0xfd, ...unsignedLeb(opcode)];

export interface FunctionSpec {
  /** Exported name of the function. */
  name: string;
  /** Its parameters, all i32. */
  params: number;
  /** Further i32 locals after the parameters, then `v128Locals` v128 locals. */
  locals: number;
  v128Locals: number;
  body: number[];
}

/** A module exporting `memory` (`pages` × 64 KiB) and one function of i32 parameters, no result. */
export function wasmModule(fn: FunctionSpec, pages: number): Uint8Array {
  const type = [0x01, 0x60, ...unsignedLeb(fn.params), ...Array<number>(fn.params).fill(I32), 0x00];
  const functions = [0x01, 0x00];
  const memory = [0x01, 0x00, ...unsignedLeb(pages)];
  const exports = [0x02, ...name('memory'), 0x02, 0x00, ...name(fn.name), 0x00, 0x00];
  const groups: [count: number, type: number][] = [
    [fn.locals, I32],
    [fn.v128Locals, V128],
  ];
  const locals = groups.filter(([count]) => count > 0);
  const body = [...unsignedLeb(locals.length), ...locals.flatMap(([count, type]) => [...unsignedLeb(count), type]), ...fn.body, OP.end];
  const code = [0x01, ...unsignedLeb(body.length), ...body];
  return Uint8Array.from([
    ...WASM_HEADER,
    ...section(1, type),
    ...section(3, functions),
    ...section(5, memory),
    ...section(7, exports),
    ...section(10, code),
  ]);
}
