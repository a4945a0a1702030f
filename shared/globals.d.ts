// shared/ is compiled without DOM or Node types so that it stays portable. These few globals exist
// identically in browsers, workers and Node 20, so shared code may use them.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
