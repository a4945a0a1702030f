// The chunker's hot loop behind one interface, in two implementations that must agree bit for bit:
// plain JavaScript (the reference, runs anywhere) and the WebAssembly module of gear-scan-wasm.ts
// (faster; used where WebAssembly exists). tests/unit/fingerprint checks they cut identically.
import { DATA_OFFSET, GEAR_SCAN_WASM } from './gear-scan-wasm.ts';
import { GEAR } from './gear-table.ts';

export interface GearScanner {
  /** Makes `bytes` the bytes scan() indexes (the WebAssembly scanner copies them). */
  load(bytes: Uint8Array): void;
  /**
   * Rolls the gear hash from `hash` over loaded bytes [from, stop) until (hash & mask) === 0.
   * @returns the index after the cut point, or -1; `hash` then holds the hash after the last byte rolled
   */
  scan(from: number, stop: number, mask: number, hash: number): number;
  readonly hash: number;
}

export class JsGearScanner implements GearScanner {
  hash = 0;
  private bytes: Uint8Array = new Uint8Array(0);

  load(bytes: Uint8Array): void {
    this.bytes = bytes;
  }

  scan(from: number, stop: number, mask: number, hash: number): number {
    const gear = GEAR;
    const bytes = this.bytes;
    for (let i = from; i < stop; i++) {
      hash = ((hash << 1) + gear[bytes[i]!]!) | 0;
      if ((hash & mask) === 0) {
        this.hash = hash;
        return i + 1;
      }
    }
    this.hash = hash;
    return -1;
  }
}

/** The few WebAssembly names used; shared/ is compiled without DOM or Node types, which declare them. */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

const PAGE = 65536;

export class WasmGearScanner implements GearScanner {
  private readonly memory: WasmMemory;
  private readonly run: (from: number, stop: number, mask: number, hash: number) => number;
  private readonly result: { value: number };

  /** @throws when the runtime has no WebAssembly or refuses to compile it */
  constructor() {
    const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
    if (!api) throw new Error('WebAssembly is not available');
    const { exports } = new api.Instance(new api.Module(GEAR_SCAN_WASM), {});
    this.memory = exports.memory as WasmMemory;
    this.run = exports.scan as WasmGearScanner['run'];
    this.result = exports.hash as { value: number };
    const table = new DataView(this.memory.buffer, 0, DATA_OFFSET);
    GEAR.forEach((g, i) => table.setInt32(i * 4, g, true));
  }

  get hash(): number {
    return this.result.value;
  }

  load(bytes: Uint8Array): void {
    const needed = DATA_OFFSET + bytes.length;
    const have = this.memory.buffer.byteLength;
    if (needed > have) this.memory.grow(Math.ceil((needed - have) / PAGE));
    new Uint8Array(this.memory.buffer, DATA_OFFSET, bytes.length).set(bytes);
  }

  scan(from: number, stop: number, mask: number, hash: number): number {
    return this.run(from, stop, mask, hash);
  }
}

/** The fastest scanner this runtime offers. */
export function createGearScanner(): GearScanner {
  try {
    return new WasmGearScanner();
  } catch {
    // No WebAssembly, or a page whose Content-Security-Policy forbids compiling it.
    return new JsGearScanner();
  }
}
