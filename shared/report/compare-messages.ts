// The words of the comparison report in Dutch and English. Plain language: the reader is a
// complaints handler, not a technician.
import type { Basis, Verdict } from '../compare/report.ts';
import type { Side, UncomparedWhy } from '../compare/uncompared-track.ts';
import type { PacketUndecided } from '../media/packets/packet-compare.ts';
import { formatCount, formatPrecision } from './format-values.ts';
import type { Lang } from './lang.ts';
import { wordWhy, type WhyWords } from './why-words.ts';

export interface CompareMessages {
  verdict: Record<Verdict, string>;
  basis: Record<Basis, string>;
  decidedBy: string;
  /** The basis line of a recording of more tracks when every compared track rests on the same: "de pakketten van beeld en geluid". */
  basisOfTracks: Record<Basis, (tracks: string) => string>;
  /** The basis line's part per group of tracks when they rest on different things: "beeld: hoe het eruitziet". */
  trackBasis: Record<Basis, string>;
  /** Joins the last two names of a list: "beeld, geluid en geluid 2". */
  and: string;
  /** Per edit: what it rests on, in a word. */
  restsOn: Record<Basis, string>;
  /** Per edit: its places are exact (below a sample or a byte); otherwise "± 0.3 s" says how precise. */
  exact: string;
  /** What each layer found on its own: "bytes: edited". */
  layers: (findings: string) => string;
  layerVerdict: Record<Verdict, string>;
  /** A side holds bytes outside the played stream: how many, from where. */
  skipped: (side: string, bytes: string, from: string) => string;
  /** A side holds another stream of sound outside the played one. */
  hidden: (side: string, codec: string, bytes: string, from: string) => string;
  /** A side is cut short: where its sound stops (mm:ss.s) and why, in the reader's words. */
  endsEarly: (side: string, at: string, reason: string) => string;
  /** A side's container could not be read: the reader's words. */
  packetProblem: (side: string, problem: string) => string;
  original: string;
  copy: string;
  code: string;
  bytes: string;
  duration: string;
  unknownContainer: string;
  edits: (count: number, unit: 'seconds' | 'bytes') => string;
  resolution: (value: string) => string;
  removed: (original: string, length: string) => string;
  inserted: (copy: string, length: string) => string;
  insertedFrom: (copy: string, length: string, from: string) => string;
  replaced: (original: string, copy: string) => string;
  moved: (original: string, copy: string) => string;
  /** Track labels' words: "picture 2" is the picture word and 2. */
  track: { sound: string; picture: string };
  /** Same content in the tracks compared, but not every track could be: no claim of sameness. */
  sameButUncompared: string;
  uncompared: (track: string, reason: string) => string;
  /** Why a track was not compared, per code (uncompared-track.ts): the reason in `uncompared`. */
  notCompared: WhyWords<UncomparedWhy>;
  /** Why the packets cannot decide, per code (packet-compare.ts): part of `notCompared`. */
  packetsUndecided: WhyWords<PacketUndecided>;
  /** Heading of the per-track list. */
  tracksTitle: string;
  /** Per track: what compared it. */
  comparedBy: Record<Basis, string>;
  trackNotCompared: string;
  /** Per track: the numbers of the edits in it, or none. */
  trackEdits: (numbers: number[]) => string;
}

const NL_SIDE: Record<Side, string> = { original: 'het origineel', copy: 'de kopie' };

const NL_PACKETS: WhyWords<PacketUndecided> = {
  'codecs-differ': (w) => `de codecs verschillen, ${w.original} tegenover ${w.copy}`,
  'table-truncated': () => 'een pakkettabel is bij de bovengrens afgebroken',
  'no-packets': () => 'een bestand heeft geen pakketten',
  'few-identical': (w) => `maar ${formatCount(w.shared, 'nl')} van de ${formatCount(w.shorter, 'nl')} pakketten van het kortste bestand zijn identiek`,
  'too-little-distinct': (w) =>
    `de verschillende pakketten die de bestanden delen duren samen maar ${formatPrecision(w.seconds, 'nl')}; stilte of een paar gekopieerde beelden plaatsen niets`,
};

const EN_PACKETS: WhyWords<PacketUndecided> = {
  'codecs-differ': (w) => `different codecs, ${w.original} and ${w.copy}`,
  'table-truncated': () => 'a packet table is truncated at its cap',
  'no-packets': () => 'a file has no packets',
  'few-identical': (w) => `only ${formatCount(w.shared, 'en')} of the shorter file's ${formatCount(w.shorter, 'en')} packets are identical`,
  'too-little-distinct': (w) =>
    `the different packets the files share last only ${formatPrecision(w.seconds, 'en')} (silence or a few copied frames place nothing)`,
};

export const COMPARE_MESSAGES: Record<Lang, CompareMessages> = {
  nl: {
    verdict: {
      identical: 'IDENTIEK: de kopie is precies het origineel (dezelfde opnamecode).',
      'same-content': 'ZELFDE INHOUD: de bestanden verschillen, maar de opname zelf is dezelfde.',
      edited: 'BEWERKT: de kopie is gewijzigd ten opzichte van het origineel.',
      unrelated: 'NIET VERWANT: de kopie heeft geen (of nauwelijks) inhoud gemeen met het origineel.',
      'cannot-tell':
        'NIET TE ZEGGEN: alleen het geluid kon het uitwijzen, en daarvoor heeft een van de opnamen te weinig structuur (stilte of een aanhoudende toon).',
    },
    basis: { bytes: 'de bytes van de bestanden', packets: 'de audiopakketten', audio: 'het geluid zelf', picture: 'het beeld zelf' },
    decidedBy: 'Vastgesteld aan de hand van',
    basisOfTracks: {
      bytes: (k) => `de bytes van de bestanden (${k})`,
      packets: (k) => `de pakketten van ${k}`,
      audio: (k) => `het geluid zelf (${k})`,
      picture: (k) => `het beeld zelf (${k})`,
    },
    trackBasis: { bytes: 'de bytes', packets: 'de pakketten', audio: 'hoe het klinkt', picture: 'hoe het eruitziet' },
    and: 'en',
    restsOn: { bytes: 'bytes', packets: 'pakketten', audio: 'geluid', picture: 'beeld' },
    exact: 'exact',
    layers: (f) => `Per laag: ${f}.`,
    layerVerdict: { identical: 'identiek', 'same-content': 'zelfde inhoud', edited: 'bewerkt', unrelated: 'niet verwant', 'cannot-tell': 'niet te zeggen' },
    skipped: (side, n, from) =>
      `LET OP: ${side} bevat ${n} bytes die niet bij de afgespeelde opname horen (vanaf byte ${from}). Spelers slaan ze over; er kan een tweede opname in verborgen zijn.`,
    hidden: (side, codec, n, from) =>
      `LET OP: ${side} bevat nog een opname (${codec}, ${n} bytes vanaf byte ${from}) buiten de opname die spelers afspelen. Vergeleken is de opname die spelers afspelen.`,
    // The reader's reason is technical English: the Dutch text says what it means and adds it as such.
    endsEarly: (side, at, reason) => `LET OP: ${side} houdt op bij ${at}; de rest ontbreekt (het bestand is afgekapt; technische melding: ${reason}).`,
    packetProblem: (side, problem) =>
      `LET OP: de audiopakketten van ${side} konden niet gelezen worden (technische melding: ${problem}). Vergeleken zijn de bytes en het geluid.`,
    original: 'Origineel',
    copy: 'Kopie',
    code: 'opnamecode',
    bytes: 'bytes',
    duration: 'duur',
    unknownContainer: 'onbekend bestandstype',
    edits: (n, unit) =>
      `${n} ${n === 1 ? 'wijziging' : 'wijzigingen'}${unit === 'seconds' ? ' (tijden als mm:ss.s)' : ' (posities in bytes)'}:`,
    resolution: (v) => `Nauwkeurigheid van de posities: ${v}.`,
    removed: (o, len) => `verwijderd: ${o} van het origineel (${len}) ontbreekt in de kopie`,
    inserted: (c, len) => `ingevoegd: ${c} in de kopie (${len}) staat niet in het origineel`,
    insertedFrom: (c, len, from) => `ingevoegd: ${c} in de kopie (${len}) is een herhaling van ${from} van het origineel`,
    replaced: (o, c) => `vervangen: ${o} van het origineel is vervangen door ${c} in de kopie`,
    moved: (o, c) => `verplaatst: ${o} van het origineel staat in de kopie op ${c}`,
    track: { sound: 'geluid', picture: 'beeld' },
    sameButUncompared: 'NIET VOLLEDIG VERGELEKEN: wat vergeleken kon worden is hetzelfde, maar niet elk spoor kon worden vergeleken (zie hieronder).',
    uncompared: (track, reason) => `NIET VERGELEKEN: ${track} (${reason}).`,
    notCompared: {
      'tracks-unknown': (w) =>
        `${NL_SIDE[w.side]} heeft geen pakketten van dit spoor: het spoor ontbreekt, of het vingerafdrukbestand is gemaakt voordat sporen werden bewaard`,
      'only-one-side': (w) => `alleen ${NL_SIDE[w.side]} heeft dit spoor`,
      unreadable: (w) => `het spoor in ${NL_SIDE[w.side]} kon niet gelezen worden: ${w.message ? `technische melding: ${w.message}` : 'er zijn geen pakketten'}`,
      'packets-undecided': (w) =>
        `opnieuw gecodeerd of een andere codec: de pakketten kunnen het niet uitwijzen, want ${wordWhy(NL_PACKETS, w.packets)}${w.plainSound ? '; het geluid bevat te weinig om te vergelijken: stilte, of een aanhoudende toon' : ''}`,
    },
    packetsUndecided: NL_PACKETS,
    tracksTitle: 'Per spoor:',
    comparedBy: {
      bytes: 'vergeleken op de bytes',
      packets: 'vergeleken op de pakketten (exact)',
      audio: 'vergeleken op het geluid zelf (hoe het klinkt)',
      picture: 'vergeleken op het beeld zelf (hoe het eruitziet)',
    },
    trackNotCompared: 'NIET vergeleken',
    trackEdits: (n) => (n.length === 0 ? 'geen wijziging' : `${n.length === 1 ? 'wijziging' : 'wijzigingen'} ${n.join(', ')}`),
  },
  en: {
    verdict: {
      identical: 'IDENTICAL: the copy is exactly the original (same recording code).',
      'same-content': 'SAME CONTENT: the files differ, but the recording itself is the same.',
      edited: 'EDITED: the copy was changed compared with the original.',
      unrelated: 'UNRELATED: the copy shares no (or hardly any) content with the original.',
      'cannot-tell': 'CANNOT TELL: only the sound could answer, and one of the recordings has too little structure for it (silence or a steady tone).',
    },
    basis: { bytes: 'the bytes of the files', packets: 'the audio packets', audio: 'the sound itself', picture: 'the picture itself' },
    decidedBy: 'Decided by',
    basisOfTracks: {
      bytes: (k) => `the bytes of the files (${k})`,
      packets: (k) => `the packets of ${k}`,
      audio: (k) => `the sound itself (${k})`,
      picture: (k) => `the picture itself (${k})`,
    },
    trackBasis: { bytes: 'the bytes', packets: 'the packets', audio: 'how it sounds', picture: 'how it looks' },
    and: 'and',
    restsOn: { bytes: 'bytes', packets: 'packets', audio: 'sound', picture: 'picture' },
    exact: 'exact',
    layers: (f) => `Per layer: ${f}.`,
    layerVerdict: { identical: 'identical', 'same-content': 'same content', edited: 'edited', unrelated: 'unrelated', 'cannot-tell': 'cannot tell' },
    skipped: (side, n, from) =>
      `NOTE: the ${side.toLowerCase()} holds ${n} bytes that are not part of the recording that plays (from byte ${from}). Players skip them; a second recording may be hidden there.`,
    hidden: (side, codec, n, from) =>
      `NOTE: the ${side.toLowerCase()} holds another recording (${codec}, ${n} bytes from byte ${from}) outside the one players play. What was compared is the one players play.`,
    endsEarly: (side, at, reason) => `NOTE: the ${side.toLowerCase()} stops at ${at}; the rest is missing (the file is cut short: ${reason}).`,
    packetProblem: (side, problem) =>
      `NOTE: the audio packets of the ${side.toLowerCase()} could not be read (${problem}). Its bytes and its sound were compared.`,
    original: 'Original',
    copy: 'Copy',
    code: 'recording code',
    bytes: 'bytes',
    duration: 'duration',
    unknownContainer: 'unknown file type',
    edits: (n, unit) => `${n} ${n === 1 ? 'edit' : 'edits'}${unit === 'seconds' ? ' (times as mm:ss.s)' : ' (positions in bytes)'}:`,
    resolution: (v) => `Positions are accurate to within ${v}.`,
    removed: (o, len) => `removed: ${o} of the original (${len}) is missing from the copy`,
    inserted: (c, len) => `inserted: ${c} in the copy (${len}) is not in the original`,
    insertedFrom: (c, len, from) => `inserted: ${c} in the copy (${len}) repeats ${from} of the original`,
    replaced: (o, c) => `replaced: ${o} of the original was replaced by ${c} in the copy`,
    moved: (o, c) => `moved: ${o} of the original is at ${c} in the copy`,
    track: { sound: 'sound', picture: 'picture' },
    sameButUncompared: 'NOT FULLY COMPARED: what could be compared is the same, but not every track could be compared (see below).',
    uncompared: (track, reason) => `NOT COMPARED: ${track} (${reason}).`,
    notCompared: {
      'tracks-unknown': (w) => `the ${w.side} has no packets of this track (it has none, or its fingerprint file was made before tracks were kept)`,
      'only-one-side': (w) => `only the ${w.side} has this track`,
      unreadable: (w) => `the ${w.side}'s track could not be read: ${w.message ?? 'no packets'}`,
      'packets-undecided': (w) =>
        `its packets cannot decide (${wordWhy(EN_PACKETS, w.packets)}): re-encoded, or another codec${w.plainSound ? '; its sound carries too little to match (silence, a steady tone)' : ''}`,
    },
    packetsUndecided: EN_PACKETS,
    tracksTitle: 'Per track:',
    comparedBy: {
      bytes: 'compared by its bytes',
      packets: 'compared by its packets (exact)',
      audio: 'compared by the sound itself (how it sounds)',
      picture: 'compared by the picture itself (how it looks)',
    },
    trackNotCompared: 'NOT compared',
    trackEdits: (n) => (n.length === 0 ? 'no edit' : `${n.length === 1 ? 'edit' : 'edits'} ${n.join(', ')}`),
  },
};
