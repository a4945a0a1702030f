// opnamepact --help, in Dutch or English.
import type { Lang } from '../../shared/report/lang.ts';

const HELP: Record<Lang, string> = {
  nl: `Opnamepact: controleer of een kopie van een opname het afgesproken origineel is.

Gebruik:
  opnamepact code <bestand>                      opnamecode (SHA-256), zoals sha256sum
  opnamepact fingerprint <bestand> [-o BESTAND]  vingerafdrukbestand (JSON)
  opnamepact compare <origineel|vingerafdruk.json> <kopie> [--json]
                                                 is de kopie bewerkt, en waar?
  opnamepact verify-log <logboek-export.json> [--receipt <bewijsje>]… [--json]
                                                 is het toestemmingslogboek ongeschonden, en klopt
                                                 het met de bewijsjes van de cliënt?
  opnamepact case <logboek-export.json> <origineel|vingerafdruk.json> <kopie>…
                  [--receipt <bewijsje>]… [--bundle BESTAND] [--json]
                                                 welke geregistreerde code heeft elke kopie, en
                                                 wat is eraan bewerkt? --bundle schrijft de
                                                 bewijsbundel (JSON) voor het klachtdossier
  opnamepact verify-bundle <bundel.json> [--json]
                                                 is de bewijsbundel ongeschonden, en volgt de
                                                 uitkomst uit de inhoud?

Opties:
  --json         uitvoer als JSON (compare, verify-log, case, verify-bundle)
  -o, --output   schrijf de vingerafdruk naar dit bestand
  --receipt      bewijsje (de regel OPNAMEPACT-RECEIPT/1 …, of een bestand met die regel
                 bovenaan) waartegen verify-log en case de export controleren; mag vaker
  --bundle       (case) schrijf de bewijsbundel naar dit bestand
  --lang nl|en   taal van de uitvoer (standaard: uit LANG, anders nl)
  -h, --help     deze hulp

Geluid in audio- en videobestanden wordt met ffmpeg gedecodeerd (apt-get install ffmpeg);
OPNAMEPACT_FFMPEG=pad kiest een andere ffmpeg. Op Linux draait ffmpeg afgeschermd, zonder netwerk
en alleen met het ene bestand, als bubblewrap er is (apt-get install bubblewrap); anders zegt het
rapport dat (fingerprint: op stderr). OPNAMEPACT_REQUIRE_SANDBOX=1 weigert decoderen zonder
afscherming (afsluitcode 2).

Afsluitcode: 0 = identiek of dezelfde inhoud / logboek intact; 1 = bewerkt of niet verwant /
logboek gebroken; 2 = verkeerd gebruik of een onleesbaar bestand (melding op stderr).
`,
  en: `Opnamepact: check whether a copy of a recording is the agreed original.

Usage:
  opnamepact code <file>                         recording code (SHA-256), like sha256sum
  opnamepact fingerprint <file> [-o FILE]        fingerprint file (JSON)
  opnamepact compare <original|fingerprint.json> <copy> [--json]
                                                 was the copy edited, and where?
  opnamepact verify-log <log-export.json> [--receipt <receipt>]… [--json]
                                                 is the consent log unbroken, and does it agree
                                                 with the client's receipts?
  opnamepact case <log-export.json> <original|fingerprint.json> <copy>…
                  [--receipt <receipt>]… [--bundle FILE] [--json]
                                                 which registered code does each copy have, and
                                                 what was edited? --bundle writes the evidence
                                                 bundle (JSON) for the complaint file
  opnamepact verify-bundle <bundle.json> [--json]
                                                 is the evidence bundle intact, and does its
                                                 result follow from its contents?

Options:
  --json         output as JSON (compare, verify-log, case, verify-bundle)
  -o, --output   write the fingerprint to this file
  --receipt      a receipt (the line OPNAMEPACT-RECEIPT/1 …, or a file with that line first)
                 that verify-log and case check the export against; may be repeated
  --bundle       (case) write the evidence bundle to this file
  --lang nl|en   language of the output (default: from LANG, else nl)
  -h, --help     this help

Sound in audio and video files is decoded with ffmpeg (apt-get install ffmpeg);
OPNAMEPACT_FFMPEG=path picks another ffmpeg. On Linux ffmpeg runs in a sandbox, with no network
and only the one file, when bubblewrap is there (apt-get install bubblewrap); otherwise the report
says so (fingerprint: on stderr). OPNAMEPACT_REQUIRE_SANDBOX=1 refuses to decode without one
(exit status 2).

Exit status: 0 = identical or same content / log intact; 1 = edited or unrelated / log broken;
2 = wrong usage or an unreadable file (message on stderr).
`,
};

export function helpText(lang: Lang): string {
  return HELP[lang];
}
