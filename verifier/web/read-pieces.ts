// Reads a file's stream piece by piece; each piece has its own buffer, which the caller owns and may
// transfer to another worker. A BYOB reader (reading into recycled buffers) was tried and dropped:
// in Chromium 156 such reads of a File stream sometimes never resolved under load.

export async function* readPieces(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array<ArrayBuffer>> {
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    // A File's stream yields pieces backed by their own ArrayBuffer.
    yield value as Uint8Array<ArrayBuffer>;
  }
}
