// The fingerprint worker's side of the code worker. The file is read into four buffers of 4 MiB
// that travel back and forth (transferred, never copied by the messaging): the code worker hands
// each back once hashed. Sending the stream's own pieces instead left every piece as garbage in the
// code worker, whose tiny heap seldom triggers a collection: +470 MiB for a 4 GiB file. The pool
// also bounds what is in flight (a fast disk cannot fill memory). The code worker, the page's
// bottleneck, idles ≈ 0.2 ms per hand-off, hence few large buffers: 4 MiB ran faster end to end
// than 1 MiB in 13 of 16 paired runs; more buffers gained nothing (bench/README.md).
import type { CodeReply, CodeRequest } from './worker-messages.ts';

const BUFFER_BYTES = 4 * 1024 * 1024;
const BUFFERS = 4;

export class CodeClient {
  private readonly free: ArrayBuffer[] = Array.from({ length: BUFFERS }, () => new ArrayBuffer(BUFFER_BYTES));
  private wake: (() => void) | null = null;
  private result: { resolve: (code: string) => void; reject: (e: Error) => void } | null = null;
  private failure: Error | null = null;

  constructor(private readonly port: MessagePort) {
    port.onmessage = (event: MessageEvent<CodeReply>) => {
      const reply = event.data;
      if (reply.type === 'hashed') this.free.push(reply.buffer);
      else if (reply.type === 'code') this.result?.resolve(reply.code);
      else {
        this.failure = new Error(`the recording code could not be computed (${reply.message})`);
        this.result?.reject(this.failure);
      }
      this.notify();
    };
  }

  /** A buffer of the pool to fill, once the code worker has handed one back. */
  async take(): Promise<ArrayBuffer> {
    while (this.free.length === 0) await this.next();
    return this.free.pop()!;
  }

  /** The next bytes of the file: `block` starts a buffer from take(), which goes along with it. */
  update(block: Uint8Array<ArrayBuffer>): void {
    this.send({ type: 'update', buffer: block.buffer, length: block.length }, [block.buffer]);
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
