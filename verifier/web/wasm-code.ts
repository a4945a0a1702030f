// A module of one exported function over one exported memory: the shape of the page's SHA-256 core.
import { I32, name, OP, section, unsignedLeb, WASM_HEADER } from '../../shared/wasm/wasm-encoding.ts';

export { OP, signedLeb, unsignedLeb, VOID_BLOCK } from '../../shared/wasm/wasm-encoding.ts';

export interface FunctionSpec {
  /** Exported name of the function. */
  name: string;
  params: number;
  /** Further i32 locals after the parameters. */
  locals: number;
  body: number[];
}

/** A module exporting `memory` (`pages` × 64 KiB) and one function of i32 parameters, no result. */
export function wasmModule(fn: FunctionSpec, pages: number): Uint8Array {
  const type = [0x01, 0x60, ...unsignedLeb(fn.params), ...Array<number>(fn.params).fill(I32), 0x00];
  const functions = [0x01, 0x00];
  const memory = [0x01, 0x00, ...unsignedLeb(pages)];
  const exports = [0x02, ...name('memory'), 0x02, 0x00, ...name(fn.name), 0x00, 0x00];
  const body = [0x01, ...unsignedLeb(fn.locals), I32, ...fn.body, OP.end];
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
