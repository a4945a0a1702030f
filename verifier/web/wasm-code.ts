// The few pieces of the WebAssembly binary format the SHA-256 core needs: LEB128 numbers, the
// i32 instructions, and a module of one exported function over one exported memory. Writing the
// bytes here (instead of shipping a compiled .wasm) keeps the page a single script and the code
// readable and reviewable as TypeScript.

export const OP = {
  loop: 0x03,
  end: 0x0b,
  brIf: 0x0d,
  localGet: 0x20,
  localSet: 0x21,
  localTee: 0x22,
  i32Load: 0x28,
  i32Store: 0x36,
  i32Const: 0x41,
  i32Add: 0x6a,
  i32Sub: 0x6b,
  i32And: 0x71,
  i32Or: 0x72,
  i32Xor: 0x73,
  i32ShrU: 0x76,
  i32Rotl: 0x77,
  i32Rotr: 0x78,
} as const;

const I32 = 0x7f;
/** Block type of a loop or block that leaves nothing on the stack. */
export const VOID_BLOCK = 0x40;

export function unsignedLeb(value: number): number[] {
  const out: number[] = [];
  let v = value >>> 0;
  do {
    const byte = v & 0x7f;
    v >>>= 7;
    out.push(v === 0 ? byte : byte | 0x80);
  } while (v !== 0);
  return out;
}

export function signedLeb(value: number): number[] {
  const out: number[] = [];
  let v = value | 0;
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    const done = (v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

function section(id: number, content: number[]): number[] {
  return [id, ...unsignedLeb(content.length), ...content];
}

function name(text: string): number[] {
  const bytes = [...new TextEncoder().encode(text)];
  return [...unsignedLeb(bytes.length), ...bytes];
}

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
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, type),
    ...section(3, functions),
    ...section(5, memory),
    ...section(7, exports),
    ...section(10, code),
  ]);
}
