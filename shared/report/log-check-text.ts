// The whole check of a consent log export (chain, signatures, receipts, times) as text in Dutch
// or English: a verdict line, then one line per finding. Problems themselves are the core's
// English sentences, as with the chain's reasons.
import type { LogCheck } from '../consent/check-export.ts';
import { groupHex } from '../consent/receipt.ts';
import type { Lang } from './lang.ts';
import { logVerificationText } from './log-text.ts';

export function logCheckText(check: LogCheck, lang: Lang): string {
  const nl = lang === 'nl';
  const lines = [verdict(check, lang)];
  const { signatures } = check;
  if (signatures.state === 'verified') {
    lines.push(
      nl
        ? `Ondertekend met apparaatsleutel ${groupHex(signatures.keyFingerprint, 16)} (${signatures.checkpoints} ondertekende stand(en) geldig).`
        : `Signed with device key ${groupHex(signatures.keyFingerprint, 16)} (${signatures.checkpoints} signed checkpoint(s) valid).`,
    );
  } else if (signatures.state === 'unsigned') {
    lines.push(
      nl
        ? 'Geen handtekeningen (formaat 1): de keten is gecontroleerd, maar niets laat zien welk apparaat hem schreef.'
        : 'No signatures (format 1): the chain was checked, but nothing shows which device wrote it.',
    );
  } else if (signatures.state === 'broken') {
    lines.push(nl ? `Handtekeningen kloppen niet: ${signatures.problem}` : `Signatures do not hold: ${signatures.problem}`);
  }
  for (const receipt of check.receipts) {
    const which = `#${receipt.seq} ${groupHex(receipt.head, 20)}`;
    lines.push(
      receipt.ok
        ? nl ? `Bewijsje ${which}: klopt met de export.` : `Receipt ${which}: agrees with the export.`
        : nl ? `Bewijsje ${which}: KLOPT NIET: ${receipt.problem}` : `Receipt ${which}: DOES NOT AGREE: ${receipt.problem}`,
    );
  }
  for (const warning of check.timeWarnings) {
    lines.push(
      nl
        ? `Let op: vermelding #${warning.seq} (${warning.time}) is eerder dan #${warning.previousSeq} (${warning.previousTime}): de klok van het apparaat ging terug, of de vermelding is geantedateerd.`
        : `Warning: entry #${warning.seq} (${warning.time}) is earlier than #${warning.previousSeq} (${warning.previousTime}): the device clock went back, or the entry was backdated.`,
    );
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

function verdict(check: LogCheck, lang: Lang): string {
  const chainText = logVerificationText(check.chain, lang).trimEnd();
  if (check.ok || !check.chain.ok) return chainText;
  if (check.signatures.state === 'broken') {
    return lang === 'nl'
      ? 'GEBROKEN: de keten zelf is heel, maar de handtekeningen van het apparaat kloppen niet.'
      : 'BROKEN: the chain itself is whole, but the device signatures do not hold.';
  }
  return lang === 'nl'
    ? 'GEBROKEN: de keten zelf is heel, maar de export klopt niet met een bewijsje dat de cliënt kreeg.'
    : 'BROKEN: the chain itself is whole, but the export does not agree with a receipt the client was given.';
}
