// A progress bar on stderr, only when stderr is a terminal: pipes and logs stay clean.

const WIDTH = 30;
const EVERY_MS = 100;

export function progressBar(stream: NodeJS.WriteStream): { update(label: string, done: number, total: number): void; done(): void } {
  let last = 0;
  let drawn = false;
  return {
    update(label, done, total) {
      if (!stream.isTTY) return;
      const now = Date.now();
      if (now - last < EVERY_MS && done < total) return;
      last = now;
      const share = total > 0 ? done / total : 1;
      const filled = Math.round(share * WIDTH);
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%  ${label}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}
