// Entry times come from the device clock. A time earlier than the entry before it does not break
// the chain (clocks get corrected), but it may be backdating, so both verifiers name it.

export interface TimeWarning {
  seq: number;
  time: string;
  /** The sequence number and time of the nearest earlier entry in the export. */
  previousSeq: number;
  previousTime: string;
}

type Item = Record<string, unknown>;

/** Works on verified items: links (no `time`) are skipped. */
export function timeWarnings(items: readonly unknown[]): TimeWarning[] {
  const warnings: TimeWarning[] = [];
  let previous: { seq: number; time: string } | null = null;
  for (const value of items) {
    const item = value as Item;
    if (typeof item['time'] !== 'string') continue;
    const current = { seq: item['seq'] as number, time: item['time'] };
    if (previous !== null && Date.parse(current.time) < Date.parse(previous.time)) {
      warnings.push({ ...current, previousSeq: previous.seq, previousTime: previous.time });
    }
    previous = current;
  }
  return warnings;
}
