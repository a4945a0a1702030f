// A tiny EBML writer for building Matroska files the tests need and ffmpeg does not write (lacing,
// BlockGroups, unknown sizes everywhere).
export type Element = [id: number, body: Uint8Array | Element[] | number | string, unknownSize?: boolean];

function idBytes(id: number): number[] {
  const out: number[] = [];
  for (let v = id; v > 0; v = Math.floor(v / 256)) out.unshift(v & 0xff);
  return out;
}

function sizeBytes(size: number): number[] {
  // Always eight bytes: simple, and valid EBML.
  const out = [0x01];
  for (let i = 6; i >= 0; i--) out.push(Math.floor(size / 2 ** (8 * i)) & 0xff);
  return out;
}

export function ebml(elements: Element[]): Uint8Array {
  const parts: number[] = [];
  for (const [id, body, unknown] of elements) {
    let data: Uint8Array;
    if (typeof body === 'number') {
      const bytes: number[] = [];
      for (let v = body; bytes.length === 0 || v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
      data = Uint8Array.from(bytes);
    } else if (typeof body === 'string') data = new TextEncoder().encode(body);
    else if (body instanceof Uint8Array) data = body;
    else data = ebml(body);
    parts.push(...idBytes(id), ...(unknown ? [0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff] : sizeBytes(data.length)), ...data);
  }
  return Uint8Array.from(parts);
}

export function float64(value: number): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setFloat64(0, value);
  return b;
}

/** A (Simple)Block body: track 1..126, relative time, flags (lacing bits included), lacing header, frames. */
export function block(track: number, time: number, flags: number, lacingHeader: number[], frames: Uint8Array[]): Uint8Array {
  const head = [0x80 | track, (time >> 8) & 0xff, time & 0xff, flags, ...lacingHeader];
  const total = frames.reduce((n, f) => n + f.length, 0);
  const out = new Uint8Array(head.length + total);
  out.set(head);
  let at = head.length;
  for (const f of frames) {
    out.set(f, at);
    at += f.length;
  }
  return out;
}
