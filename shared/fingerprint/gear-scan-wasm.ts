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

import { I32, name, OP, section, signedLeb, unsignedLeb as uleb, vector, VOID_BLOCK, WASM_HEADER } from '../wasm/wasm-encoding.ts';

export const DATA_OFFSET = 1024;

const op = OP;
const VOID = VOID_BLOCK;
const [FROM, STOP, MASK, HASH] = [0, 1, 2, 3];

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
  op.localGet, HASH, op.globalSet, 0, op.i32Const, ...signedLeb(-1),
  op.end,
];

export const GEAR_SCAN_WASM = Uint8Array.from([
  ...WASM_HEADER,
  ...section(1, vector([[0x60, 4, I32, I32, I32, I32, 1, I32]])), // type: (i32 i32 i32 i32) → i32
  ...section(3, vector([[0]])), // function 0 has type 0
  ...section(5, vector([[0x00, 1]])), // memory: 1 page to start
  ...section(6, vector([[I32, 1, op.i32Const, 0, op.end]])), // global: mutable i32 = 0
  ...section(7, vector([
    [...name('scan'), 0x00, 0],
    [...name('memory'), 0x02, 0],
    [...name('hash'), 0x03, 0],
  ])),
  ...section(10, vector([[...uleb(body.length), ...body]])),
]);
