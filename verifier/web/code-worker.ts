// The code worker: the whole-file SHA-256 (the recording code) over the pieces the fingerprint
// worker sends, acknowledging each so the sender can bound what is in flight.
import { StreamingSha256 } from './streaming-sha256.ts';
import type { CodeReply, CodeRequest } from './worker-messages.ts';

onmessage = (event: MessageEvent<MessagePort>) => {
  const port = event.data;
  const hash = StreamingSha256.create();
  const reply = (message: CodeReply): void => port.postMessage(message);
  // Messages are handled strictly in order: each waits for the one before.
  let queue = Promise.resolve();
  port.onmessage = (message: MessageEvent<CodeRequest>) => {
    const request = message.data;
    queue = queue.then(async () => {
      try {
        const h = await hash;
        if (request.type === 'update') {
          h.update(new Uint8Array(request.buffer, request.offset, request.length));
          reply({ type: 'hashed', length: request.length });
        } else reply({ type: 'code', code: h.digest() });
      } catch (e) {
        reply({ type: 'error', message: e instanceof Error ? e.message : String(e) });
      }
    });
  };
};
