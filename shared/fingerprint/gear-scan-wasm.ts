// The chunker's hot loop as a WebAssembly module, assembled here byte by byte (no toolchain, no
// dependency). It does exactly what scan() in gear-scanner.ts does; V8 runs it about twice as fast
// as the JavaScript loop, which bounds-checks every typed-array read. Memory layout: the gear table
// as 256 little-endian i32 at 0, the bytes being scanned from DATA_OFFSET on.
//
//   (func (export "scan") (param $from i32) (param $stop i32) (param $mask i32) (param $hash i32) (result i32)
//     (block $done (loop $next
//       (br_if $done (i32.ge_u $from $stop))
//       (local.set $hash (i32.add (i32.shl $hash 1) (i32.load (i32.shl (i32.load8_u offset=DATA_OFFSET $from) 2))))
//       (local.set $from (i32.add $from 1))
//       (if (i32.eqz (i32.and $hash $mask)) (then (global.set $h $hash) (return $from)))
//       (br $next)))
//     (global.set $h $hash) (i32.const -1))
// with (memory (export "memory") 1) and (global $h (export "hash") (mut i32) (i32.const 0)).

export const DATA_OFFSET = 1024;

const I32 = 0x7f;
const op = {
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  end: 0x0b,
  br: 0x0c,
  brIf: 0x0d,
  return: 0x0f,
  localGet: 0x20,
  localSet: 0x21,
  globalSet: 0x24,
  i32Load: 0x28,
  i32Load8u: 0x2d,
  i32Const: 0x41,
  i32Eqz: 0x45,
  i32GeU: 0x4f,
  i32Add: 0x6a,
  i32And: 0x71,
  i32Shl: 0x74,
} as const;
const VOID = 0x40;
const [FROM, STOP, MASK, HASH] = [0, 1, 2, 3];

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    const byte = n & 0x7f;
    n >>>= 7;
    out.push(n === 0 ? byte : byte | 0x80);
  } while (n !== 0);
  return out;
}

function name(text: string): number[] {
  return [text.length, ...Array.from(text, (c) => c.charCodeAt(0))];
}

function section(id: number, items: number[][]): number[] {
  const body = [...uleb(items.length), ...items.flat()];
  return [id, ...uleb(body.length), ...body];
}

const body = [
  0, // no locals beyond the parameters
  op.block, VOID,
  op.loop, VOID,
  op.localGet, FROM, op.localGet, STOP, op.i32GeU, op.brIf, 1,
  op.localGet, HASH, op.i32Const, 1, op.i32Shl,
  op.localGet, FROM, op.i32Load8u, 0, ...uleb(DATA_OFFSET), op.i32Const, 2, op.i32Shl, op.i32Load, 2, 0,
  op.i32Add, op.localSet, HASH,
  op.localGet, FROM, op.i32Const, 1, op.i32Add, op.localSet, FROM,
  op.localGet, HASH, op.localGet, MASK, op.i32And, op.i32Eqz,
  op.if, VOID, op.localGet, HASH, op.globalSet, 0, op.localGet, FROM, op.return, op.end,
  op.br, 0,
  op.end,
  op.end,
  op.localGet, HASH, op.globalSet, 0, op.i32Const, 0x7f, // -1
  op.end,
];

export const GEAR_SCAN_WASM = Uint8Array.from([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, [[0x60, 4, I32, I32, I32, I32, 1, I32]]), // type: (i32 i32 i32 i32) → i32
  ...section(3, [[0]]), // function 0 has type 0
  ...section(5, [[0x00, 1]]), // memory: 1 page to start
  ...section(6, [[I32, 1, op.i32Const, 0, op.end]]), // global: mutable i32 = 0
  ...section(7, [
    [...name('scan'), 0x00, 0],
    [...name('memory'), 0x02, 0],
    [...name('hash'), 0x03, 0],
  ]),
  ...section(10, [[...uleb(body.length), ...body]]),
]);
