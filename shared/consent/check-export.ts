// The whole check of an export, as both verifiers run it: the hash chain (verify.ts), the device's
// signatures (format 2), the client's receipts, and entry times that go backwards (a warning only).
// Format 1 exports carry no signatures: their chain is checked and the result says "unsigned".

import { checkSigning, type ChainSpan, type VerifiedSigning } from './check-signing.ts';
import { receiptProblem } from './check-receipt.ts';
import type { Receipt } from './receipt.ts';
import { readEnvelope } from './read-export.ts';
import { timeWarnings, type TimeWarning } from './time-order.ts';
import { verifyLogExport, type LogVerification } from './verify.ts';

export type SignatureCheck =
  | { state: 'verified'; keyFingerprint: string; checkpoints: number }
  | { state: 'unsigned'; format: 1 }
  | { state: 'broken'; problem: string }
  /** The chain is broken, so there is nothing to hold the signatures against. */
  | { state: 'not-checked' };

export interface ReceiptCheck {
  seq: number;
  head: string;
  ok: boolean;
  problem: string | null;
}

export interface LogCheck {
  /** Intact chain, valid signatures where the format requires them, every receipt agrees. */
  ok: boolean;
  version: number;
  chain: LogVerification;
  signatures: SignatureCheck;
  receipts: ReceiptCheck[];
  timeWarnings: TimeWarning[];
}

type Item = Record<string, unknown>;

/** Throws ConsentFormatError for input that is not a readable export. */
export async function checkLogExport(data: unknown, receipts: readonly Receipt[] = []): Promise<LogCheck> {
  const chain = verifyLogExport(data);
  const envelope = readEnvelope(data);
  if (!chain.ok) {
    const receiptChecks = receipts.map((r) => ({ seq: r.seq, head: r.head, ok: false, problem: 'not checked: the log itself is broken' }));
    return { ok: false, version: envelope.version, chain, signatures: { state: 'not-checked' }, receipts: receiptChecks, timeWarnings: [] };
  }
  const span = chainSpan(envelope.entries as Item[], chain);
  let signatures: SignatureCheck;
  let signing: VerifiedSigning | null = null;
  if (envelope.version === 1) {
    signatures = { state: 'unsigned', format: 1 };
  } else {
    const result = await checkSigning(envelope.signing, span);
    if (typeof result === 'string') signatures = { state: 'broken', problem: result };
    else {
      signing = result;
      signatures = { state: 'verified', keyFingerprint: result.keyFingerprint, checkpoints: result.checkpoints };
    }
  }
  const receiptChecks: ReceiptCheck[] = [];
  for (const receipt of receipts) {
    const problem = signatures.state === 'broken' ? 'not checked: the signatures are broken' : await receiptProblem(receipt, span, signing);
    receiptChecks.push({ seq: receipt.seq, head: receipt.head, ok: problem === null, problem });
  }
  const ok = signatures.state !== 'broken' && receiptChecks.every((check) => check.ok);
  return { ok, version: envelope.version, chain, signatures, receipts: receiptChecks, timeWarnings: timeWarnings(envelope.entries) };
}

function chainSpan(items: Item[], chain: Extract<LogVerification, { ok: true }>): ChainSpan {
  const hashes = new Map<number, string>([[chain.base.seq, chain.base.hash]]);
  for (const item of items) hashes.set(item['seq'] as number, item['hash'] as string);
  const head = { seq: chain.base.seq + items.length, hash: chain.head };
  return { scope: chain.scope, base: chain.base, hashes, head };
}
