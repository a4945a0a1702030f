// The code worker: the whole-file SHA-256 (the recording code) over the buffers the fingerprint
// worker sends, handing each back once hashed, for the sender to fill again.
import { StreamingSha256 } from './streaming-sha256.ts';
import type { CodeReply, CodeRequest } from './worker-messages.ts';

onmessage = (event: MessageEvent<MessagePort>) => {
  const port = event.data;
  const hash = StreamingSha256.create();
  const reply = (message: CodeReply, transfer: Transferable[] = []): void => port.postMessage(message, transfer);
  // Messages are handled strictly in order: each waits for the one before.
  let queue = Promise.resolve();
  port.onmessage = (message: MessageEvent<CodeRequest>) => {
    const request = message.data;
    queue = queue.then(async () => {
      try {
        const h = await hash;
        if (request.type === 'update') {
          h.update(new Uint8Array(request.buffer, 0, request.length));
          reply({ type: 'hashed', buffer: request.buffer }, [request.buffer]);
        } else reply({ type: 'code', code: h.digest() });
      } catch (e) {
        reply({ type: 'error', message: e instanceof Error ? e.message : String(e) });
      }
    });
  };
};
