// The SHA-256 compression function (FIPS 180-4) as WebAssembly, generated as code. The message
// schedule runs in SIMD, four words at a time (the byte swap one shuffle, σ0 and σ1 on four lanes),
// into a table of w[i] + K[i] in memory, sixteen rounds ahead of the rounds that read it, so the CPU
// overlaps the two; the 64 unrolled rounds then keep only a..h and Maj's a ^ b in locals, few
// enough to stay in registers (the scalar module before this, with the schedule in 16 more locals,
// ran ≈ 20 % slower in Chromium). Instead of shifting a..h each round, the roles rotate over the
// locals at generation time; after 64 rounds (a multiple of 8) they are back where they started.
// Exports `compress(ptr, blocks)`: hashes `blocks` (≥ 1) 64-byte blocks at `ptr` into the state,
// eight 32-bit words (native little-endian) at address 0.
import { OP, SIMD, signedLeb, simd, unsignedLeb, VOID_BLOCK, wasmModule } from './wasm-code.ts';

export const STATE_AT = 0;
/** The schedule w[0..63], then w[i] + K[i], 256 bytes each. */
const W_AT = 64;
const WK_AT = W_AT + 256;
export const INPUT_AT = 1024;
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

// i32 locals: the two parameters, a..h, and two for Maj's a ^ b; v128 locals: two temporaries.
const PTR = 0;
const COUNT = 1;
const VAR = 2;
const AB = 10;
const I32_LOCALS = 12;
const X = I32_LOCALS;
const T = I32_LOCALS + 1;

const get = (local: number): number[] => [OP.localGet, local];
const set = (local: number): number[] => [OP.localSet, local];
const konst = (value: number): number[] => [OP.i32Const, ...signedLeb(value)];
const load = (offset: number): number[] => [OP.i32Load, 2, ...unsignedLeb(offset)];
const store = (offset: number): number[] => [OP.i32Store, 2, ...unsignedLeb(offset)];
const rotr = (local: number, bits: number): number[] => [...get(local), ...konst(bits), OP.i32Rotr];
const vload = (offset: number): number[] => [...simd(SIMD.v128Load), 2, ...unsignedLeb(offset)];
const vstore = (offset: number): number[] => [...simd(SIMD.v128Store), 4, ...unsignedLeb(offset)];
// Lane 0 first, each lane little-endian.
const vconst = (words: number[]): number[] => [...simd(SIMD.v128Const), ...words.flatMap((w) => [w & 0xff, (w >>> 8) & 0xff, (w >>> 16) & 0xff, w >>> 24])];
const shuffle = (lanes: number[]): number[] => [...simd(SIMD.i8x16Shuffle), ...lanes];

/** rotr(x, r1) ^ rotr(x, r2) ^ rotr(x, r3) on an i32 local. */
const bigSigma = (x: number, r1: number, r2: number, r3: number): number[] => [...rotr(x, r1), ...rotr(x, r2), OP.i32Xor, ...rotr(x, r3), OP.i32Xor];

/** rotr(x, r1) ^ rotr(x, r2) ^ (x >>> s) on each i32 lane of a v128 local (SIMD has no rotate). */
function smallSigma(x: number, r1: number, r2: number, s: number): number[] {
  const shift = (opcode: number, bits: number): number[] => [...get(x), ...konst(bits), ...simd(opcode)];
  return [
    ...shift(SIMD.i32x4ShrU, r1), ...shift(SIMD.i32x4Shl, 32 - r1), ...simd(SIMD.v128Xor),
    ...shift(SIMD.i32x4ShrU, r2), ...simd(SIMD.v128Xor), ...shift(SIMD.i32x4Shl, 32 - r2), ...simd(SIMD.v128Xor),
    ...shift(SIMD.i32x4ShrU, s), ...simd(SIMD.v128Xor),
  ];
}

const BYTE_SWAP = [3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12];
/** Lanes 0 and 1 of the first operand moved to lanes 2 and 3, zeros below (from the second). */
const UP_TWO_LANES = [16, 17, 18, 19, 20, 21, 22, 23, 0, 1, 2, 3, 4, 5, 6, 7];

/** Stores T as w[i..i+3], and T + K[i..i+3] beside it. */
const storeGroup = (i: number): number[] => [
  ...konst(0), ...get(T), ...vstore(W_AT + i * 4),
  ...konst(0), ...get(T), ...vconst(K.slice(i, i + 4)), ...simd(SIMD.i32x4Add), ...vstore(WK_AT + i * 4),
];

/** w[i..i+3]: big-endian words from the block for i < 16, else from the earlier words. */
function scheduleGroup(i: number): number[] {
  if (i < 16) return [...get(PTR), ...vload(i * 4), OP.localTee, X, ...get(X), ...shuffle(BYTE_SWAP), ...set(T), ...storeGroup(i)];
  // w[i] = σ1(w[i-2]) + w[i-7] + σ0(w[i-15]) + w[i-16]; w[i+2] and w[i+3] need this group's first
  // two words for their σ1, so σ1 is added in two halves.
  const sigma1 = smallSigma(X, 17, 19, 10);
  return [
    ...konst(0), ...vload(W_AT + (i - 15) * 4), ...set(X),
    ...konst(0), ...vload(W_AT + (i - 16) * 4), ...smallSigma(X, 7, 18, 3), ...simd(SIMD.i32x4Add),
    ...konst(0), ...vload(W_AT + (i - 7) * 4), ...simd(SIMD.i32x4Add), ...set(T),
    ...konst(0), ...simd(SIMD.v128Load64Zero), 3, ...unsignedLeb(W_AT + (i - 2) * 4), ...set(X),
    ...get(T), ...sigma1, ...simd(SIMD.i32x4Add), OP.localTee, T,
    ...vconst([0, 0, 0, 0]), ...shuffle(UP_TWO_LANES), ...set(X),
    ...get(T), ...sigma1, ...simd(SIMD.i32x4Add), ...set(T),
    ...storeGroup(i),
  ];
}

/** Maj(a, b, c) = b ^ ((a ^ b) & (b ^ c)); this round's b ^ c is the last round's a ^ b, kept in a local. */
function maj(i: number, a: number, b: number): number[] {
  const now = AB + (i % 2);
  const before = AB + ((i + 1) % 2);
  return [...get(b), ...get(a), ...get(b), OP.i32Xor, OP.localTee, now, ...get(before), OP.i32And, OP.i32Xor];
}

function round(i: number, role: number[]): number[] {
  const [a, b, , d, e, f, g, h] = role as [number, number, number, number, number, number, number, number];
  // The sums are grouped so the terms of the newest e and a (the critical path) come in last.
  return [
    // t1 = h + K[i] + w[i] + Ch(e, f, g) + Σ1(e), into h, which is free from here; Ch = g ^ (e & (f ^ g))
    ...get(h), ...konst(0), ...load(WK_AT + i * 4), OP.i32Add,
    ...get(g), ...get(e), ...get(f), ...get(g), OP.i32Xor, OP.i32And, OP.i32Xor, OP.i32Add,
    ...bigSigma(e, 6, 11, 25), OP.i32Add, OP.localTee, h,
    ...get(d), OP.i32Add, ...set(d),
    // h becomes the new a: Σ0(a) + Maj(a, b, c) + t1
    ...bigSigma(a, 2, 13, 22), ...maj(i, a, b), OP.i32Add, ...get(h), OP.i32Add, ...set(h),
  ];
}

function body(): number[] {
  const out: number[] = [];
  for (let k = 0; k < 8; k++) out.push(...konst(STATE_AT), ...load(k * 4), ...set(VAR + k));
  out.push(OP.loop, VOID_BLOCK);
  out.push(...get(VAR + 1), ...get(VAR + 2), OP.i32Xor, ...set(AB + 1));
  // The schedule runs four groups (16 rounds) ahead of the rounds that use it.
  const ahead = 4;
  for (let q = 0; q < ahead; q++) out.push(...scheduleGroup(q * 4));
  // role[0] is the local holding a, role[4] the one holding e, …
  let role = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => VAR + k);
  for (let i = 0; i < 64; i++) {
    if (i % 4 === 0 && i / 4 + ahead < 16) out.push(...scheduleGroup((i / 4 + ahead) * 4));
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
  return wasmModule({ name: 'compress', params: 2, locals: I32_LOCALS - 2, v128Locals: 2, body: body() }, PAGES);
}
