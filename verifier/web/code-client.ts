// The fingerprint worker's side of the code worker: sends each piece's buffer (transferred, not
// copied) and keeps at most MAX_IN_FLIGHT bytes unhashed, so a fast disk cannot fill memory with a
// 4 GB file.
import type { CodeReply, CodeRequest } from './worker-messages.ts';

const MAX_IN_FLIGHT = 16 * 1024 * 1024;

export class CodeClient {
  private inFlight = 0;
  private wake: (() => void) | null = null;
  private result: { resolve: (code: string) => void; reject: (e: Error) => void } | null = null;
  private failure: Error | null = null;

  constructor(private readonly port: MessagePort) {
    port.onmessage = (event: MessageEvent<CodeReply>) => {
      const reply = event.data;
      if (reply.type === 'hashed') this.inFlight -= reply.length;
      else if (reply.type === 'code') this.result?.resolve(reply.code);
      else {
        this.failure = new Error(`the recording code could not be computed (${reply.message})`);
        this.result?.reject(this.failure);
      }
      this.notify();
    };
  }

  /** Hands `bytes` over with their whole buffer: the caller must not use that buffer afterwards. */
  async update(bytes: Uint8Array<ArrayBuffer>): Promise<void> {
    this.inFlight += bytes.length;
    this.send({ type: 'update', buffer: bytes.buffer, offset: bytes.byteOffset, length: bytes.length }, [bytes.buffer]);
    while (this.inFlight > MAX_IN_FLIGHT) await this.next();
  }

  digest(): Promise<string> {
    this.send({ type: 'digest' }, []);
    return new Promise<string>((resolve, reject) => (this.result = { resolve, reject }));
  }

  private send(request: CodeRequest, transfer: Transferable[]): void {
    if (this.failure) throw this.failure;
    this.port.postMessage(request, transfer);
  }

  private next(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<void>((resolve) => (this.wake = resolve)).then(() => {
      if (this.failure) throw this.failure;
    });
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
