// Waiting for a WebCodecs decoder to take a chunk from its queue, so the page feeds it only as fast as
// it decodes and memory stays bounded (AudioDecoder and VideoDecoder both fire 'dequeue').

/** Resolves when the decoder takes a chunk from its queue (or soon anyway: a failed decoder never does). */
export function dequeued(decoder: AudioDecoder | VideoDecoder): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    decoder.addEventListener(
      'dequeue',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
