// Main-thread side of the hashing worker: one worker per file, ended when the code is known.
export type HashReply =
  | { type: 'progress'; bytes: number; total: number }
  | { type: 'done'; code: string }
  | { type: 'error'; message: string };

export function hashFileInWorker(file: File, onProgress: (bytes: number, total: number) => void): Promise<string> {
  const worker = new Worker(new URL('./hash-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<string>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<HashReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') {
        onProgress(reply.bytes, reply.total);
        return;
      }
      worker.terminate();
      if (reply.type === 'done') resolve(reply.code);
      else reject(new Error(`${file.name}: ${reply.message}`));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`${file.name}: the hashing worker failed (${event.message})`));
    };
    worker.postMessage(file);
  });
}
