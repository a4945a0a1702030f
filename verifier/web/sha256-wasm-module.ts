// The SHA-256 compression function (FIPS 180-4) as WebAssembly, generated as code: all 64 rounds
// unrolled, the working variables and the 16-word message schedule in locals, the round constants
// inlined. Instead of shifting a..h each round, the roles rotate over the locals at generation
// time; after 64 rounds (a multiple of 8) they are back where they started.
// Exports `compress(ptr, blocks)`: hashes `blocks` (≥ 1) 64-byte blocks at `ptr` into the state,
// eight 32-bit words (native little-endian) at address 0.
import { OP, signedLeb, unsignedLeb, VOID_BLOCK, wasmModule } from './wasm-code.ts';

export const STATE_AT = 0;
export const INPUT_AT = 64;
// 64 KiB per call: the engine swaps in its optimised code between calls, so small calls reach it sooner.
export const INPUT_BYTES = 64 * 1024;
const PAGES = Math.ceil((INPUT_AT + INPUT_BYTES) / 65536);

const K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be,
  0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
  0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
  0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
  0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
  0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

// Locals: the two parameters, a..h, the schedule w0..w15, and t1.
const PTR = 0;
const COUNT = 1;
const VAR = 2;
const W = 10;
const T1 = 26;
const LOCALS = 27;

const get = (local: number): number[] => [OP.localGet, local];
const set = (local: number): number[] => [OP.localSet, local];
const konst = (value: number): number[] => [OP.i32Const, ...signedLeb(value)];
const load = (offset: number): number[] => [OP.i32Load, 2, ...unsignedLeb(offset)];
const store = (offset: number): number[] => [OP.i32Store, 2, ...unsignedLeb(offset)];
const rotr = (local: number, bits: number): number[] => [...get(local), ...konst(bits), OP.i32Rotr];

/** rotr(x, r1) ^ rotr(x, r2) ^ rotr(x, r3), or with a shift for the last when `shift`. */
function mix(x: number, r1: number, r2: number, r3: number, shift: boolean): number[] {
  const last = shift ? [...get(x), ...konst(r3), OP.i32ShrU] : rotr(x, r3);
  return [...rotr(x, r1), ...rotr(x, r2), OP.i32Xor, ...last, OP.i32Xor];
}

/** Loads the big-endian message word at `ptr + offset` into `local`. */
function loadWord(local: number, offset: number): number[] {
  return [
    ...get(PTR), ...load(offset), ...set(local),
    ...get(local), ...konst(8), OP.i32Rotl, ...konst(0x00ff00ff), OP.i32And,
    ...get(local), ...konst(8), OP.i32Rotr, ...konst(0xff00ff00 | 0), OP.i32And,
    OP.i32Or, ...set(local),
  ];
}

function schedule(round: number): number[] {
  const j = round % 16;
  const w = (k: number): number => W + ((j + k) % 16);
  if (round < 16) return loadWord(w(0), round * 4);
  // w[i] = σ1(w[i-2]) + w[i-7] + σ0(w[i-15]) + w[i-16], in place of w[i-16].
  return [...mix(w(14), 17, 19, 10, true), ...get(w(9)), OP.i32Add, ...mix(w(1), 7, 18, 3, true), OP.i32Add, ...get(w(0)), OP.i32Add, ...set(w(0))];
}

function round(i: number, role: number[]): number[] {
  const [a, b, c, d, e, f, g, h] = role as [number, number, number, number, number, number, number, number];
  const t1 = [
    ...get(h), ...mix(e, 6, 11, 25, false), OP.i32Add,
    // Ch(e, f, g) = g ^ (e & (f ^ g))
    ...get(g), ...get(e), ...get(f), ...get(g), OP.i32Xor, OP.i32And, OP.i32Xor, OP.i32Add,
    ...konst(K[i]! | 0), OP.i32Add, ...get(W + (i % 16)), OP.i32Add, ...set(T1),
  ];
  return [
    ...schedule(i),
    ...t1,
    ...get(d), ...get(T1), OP.i32Add, ...set(d),
    // h becomes the new a: t1 + Σ0(a) + Maj(a, b, c), Maj = (a & b) | (c & (a | b))
    ...get(T1), ...mix(a, 2, 13, 22, false), OP.i32Add,
    ...get(a), ...get(b), OP.i32And, ...get(c), ...get(a), ...get(b), OP.i32Or, OP.i32And, OP.i32Or, OP.i32Add, ...set(h),
  ];
}

function body(): number[] {
  const out: number[] = [];
  for (let k = 0; k < 8; k++) out.push(...konst(STATE_AT), ...load(k * 4), ...set(VAR + k));
  out.push(OP.loop, VOID_BLOCK);
  // role[0] is the local holding a, role[4] the one holding e, …
  let role = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => VAR + k);
  for (let i = 0; i < 64; i++) {
    out.push(...round(i, role));
    role = [role[7]!, role[0]!, role[1]!, role[2]!, role[3]!, role[4]!, role[5]!, role[6]!];
  }
  for (let k = 0; k < 8; k++) {
    out.push(...konst(STATE_AT), ...konst(STATE_AT), ...load(k * 4), ...get(VAR + k), OP.i32Add, OP.localTee, VAR + k, ...store(k * 4));
  }
  out.push(...get(PTR), ...konst(64), OP.i32Add, ...set(PTR));
  out.push(...get(COUNT), ...konst(1), OP.i32Sub, OP.localTee, COUNT, OP.brIf, 0, OP.end);
  return out;
}

export function sha256WasmBytes(): Uint8Array {
  return wasmModule({ name: 'compress', params: 2, locals: LOCALS - 2, body: body() }, PAGES);
}
