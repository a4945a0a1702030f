// Streaming SHA-256 for the recording code in the browser, where WebCrypto only hashes in one shot.
// The compression runs in WebAssembly (sha256-wasm-module.ts); this class buffers the input into
// the module's memory, pads at the end (FIPS 180-4 §5.1.1) and prints lowercase hex, exactly what
// `sha256sum` prints. Lengths are JS numbers: exact far beyond any file (2^53 bytes).
import { INPUT_AT, INPUT_BYTES, sha256WasmBytes, STATE_AT } from './sha256-wasm-module.ts';

const INITIAL_STATE = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

let compiled: Promise<WebAssembly.Module> | null = null;

interface Core {
  memory: WebAssembly.Memory;
  compress(ptr: number, blocks: number): void;
}

export class StreamingSha256 {
  private readonly bytes: Uint8Array;
  /** Bytes waiting at INPUT_AT (always fewer than 64 between update() calls). */
  private fill = 0;
  private length = 0;
  private finished = false;

  private constructor(private readonly core: Core) {
    this.bytes = new Uint8Array(core.memory.buffer);
    new Uint32Array(core.memory.buffer, STATE_AT, 8).set(INITIAL_STATE);
  }

  static async create(): Promise<StreamingSha256> {
    compiled ??= WebAssembly.compile(sha256WasmBytes() as Uint8Array<ArrayBuffer>);
    const instance = await WebAssembly.instantiate(await compiled);
    return new StreamingSha256(instance.exports as unknown as Core);
  }

  update(data: Uint8Array): this {
    if (this.finished) throw new Error('StreamingSha256: update() after digest()');
    this.length += data.length;
    let at = 0;
    while (at < data.length) {
      const take = Math.min(INPUT_BYTES - this.fill, data.length - at);
      this.bytes.set(data.subarray(at, at + take), INPUT_AT + this.fill);
      this.fill += take;
      at += take;
      this.compressFull();
    }
    return this;
  }

  /** The digest as 64 lowercase hex digits. Ends the stream. */
  digest(): string {
    if (this.finished) throw new Error('StreamingSha256: digest() called twice');
    this.finished = true;
    const bits = this.length * 8;
    // 0x80, zeros up to 56 mod 64, then the length in bits as a 64-bit big-endian number.
    const padded = this.fill + 9 <= 64 ? 64 : 128;
    this.bytes.fill(0, INPUT_AT + this.fill, INPUT_AT + padded);
    this.bytes[INPUT_AT + this.fill] = 0x80;
    const view = new DataView(this.core.memory.buffer);
    view.setUint32(INPUT_AT + padded - 8, Math.floor(bits / 2 ** 32), false);
    view.setUint32(INPUT_AT + padded - 4, bits >>> 0, false);
    this.core.compress(INPUT_AT, padded / 64);
    const state = new Uint32Array(this.core.memory.buffer, STATE_AT, 8);
    return Array.from(state, (word) => word.toString(16).padStart(8, '0')).join('');
  }

  private compressFull(): void {
    const blocks = Math.floor(this.fill / 64);
    if (blocks === 0) return;
    this.core.compress(INPUT_AT, blocks);
    const rest = this.fill - blocks * 64;
    this.bytes.copyWithin(INPUT_AT, INPUT_AT + blocks * 64, INPUT_AT + this.fill);
    this.fill = rest;
  }
}
