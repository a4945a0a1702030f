// The complaints handler's case as data: the consent log export is checked (chain, signatures,
// receipts), each presented copy's code is looked up among the log's registrations, and each copy is
// compared with the original. Everything is computed from fingerprint files (text), so the same
// inputs give the same result anywhere: this is what an evidence bundle stores and re-checks.
import { validateAudioSection } from '../audio/section.ts';
import { compare } from '../compare/compare.ts';
import type { CompareReport } from '../compare/report.ts';
import { checkLogExport, type LogCheck } from '../consent/check-export.ts';
import type { Entry, Link } from '../consent/entry.ts';
import { ConsentFormatError } from '../consent/format-error.ts';
import { parseReceipt, ReceiptError, type Receipt } from '../consent/receipt.ts';
import { readFingerprintFile } from '../fingerprint/fingerprint-file.ts';
import type { Fingerprint } from '../fingerprint/fingerprint.ts';
import { FingerprintFormatError } from '../fingerprint/fingerprint-format-error.ts';
import { readPacketSection } from '../media/packets/packet-section.ts';
import { readTrackSection } from '../media/packets/track-section.ts';
import { CaseInputError } from './case-error.ts';
import { lookUpCode, registrationsOf, type CodeLookup } from './match-code.ts';

/** A recording as the case holds it: a name for people and its fingerprint file's text. */
export interface CaseSide {
  name: string;
  fingerprint: string;
}

export interface CaseInput {
  /** The consent log export, parsed JSON. */
  logExport: unknown;
  /** Receipt lines the client was given. */
  receipts: readonly string[];
  original: CaseSide;
  copies: readonly CaseSide[];
}

export interface CaseCopy {
  name: string;
  /** Null when the log is broken: its registrations are then not read. */
  lookup: CodeLookup | null;
  report: CompareReport;
}

export interface CaseResult {
  log: LogCheck;
  original: { name: string; lookup: CodeLookup | null };
  copies: CaseCopy[];
}

export function readCaseFingerprint(side: CaseSide): Fingerprint {
  try {
    return readFingerprintFile(side.fingerprint, { sections: { packets: readPacketSection, tracks: readTrackSection, audio: validateAudioSection } });
  } catch (e) {
    if (e instanceof FingerprintFormatError) throw new CaseInputError(side.name, e.message);
    throw e;
  }
}

function readReceipts(lines: readonly string[]): Receipt[] {
  return lines.map((line) => {
    try {
      return parseReceipt(line);
    } catch (e) {
      if (e instanceof ReceiptError) throw new CaseInputError(`receipt "${line.slice(0, 40)}"`, e.message);
      throw e;
    }
  });
}

export async function runCase(input: CaseInput): Promise<CaseResult> {
  if (input.copies.length === 0) throw new CaseInputError('case', 'no presented copy');
  let log: LogCheck;
  try {
    log = await checkLogExport(input.logExport, readReceipts(input.receipts));
  } catch (e) {
    if (e instanceof ConsentFormatError) throw new CaseInputError('log export', e.message);
    throw e;
  }
  const entries = (input.logExport as { entries: (Entry | Link)[] }).entries;
  const registrations = log.chain.ok ? registrationsOf(entries) : null;
  const lookUp = (code: string): CodeLookup | null => (registrations ? lookUpCode(code, registrations) : null);

  const original = readCaseFingerprint(input.original);
  const copies: CaseCopy[] = [];
  for (const side of input.copies) {
    const copy = readCaseFingerprint(side);
    copies.push({ name: side.name, lookup: lookUp(copy.file.sha256), report: await compare({ fingerprint: original }, { fingerprint: copy }) });
  }
  return { log, original: { name: input.original.name, lookup: lookUp(original.file.sha256) }, copies };
}
