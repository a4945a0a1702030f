// The organisation's recording rules, in our own words. Changing any text changes the content hash;
// the pinned hash in tests/unit/rules then fails until CATALOGUE_VERSION is raised with it, because
// the consent log cites the version as proof of what was shown.
import type { Catalogue, Rule } from './types.ts';

export const CATALOGUE_VERSION = '1.1.0';

const audioRules: readonly Rule[] = [
  {
    id: 'audio.client-may-record',
    medium: 'audio',
    audience: ['client'],
    moments: ['call-start', 'client-asks-audio', 'recording-started'],
    text: {
      nl: {
        short: 'De cliënt mag het gesprek opnemen voor eigen gebruik. Vraag gerust of dat gebeurt.',
        long: 'Een cliënt mag een geluidsopname maken om het gesprek later terug te luisteren. Melden is niet verplicht, maar het helpt de samenwerking als het open besproken wordt. Nodig daarom uit om het te zeggen, zonder het te eisen.',
      },
      en: {
        short: 'The client may record the call for private use. Feel free to ask whether they do.',
        long: 'A client may make an audio recording to listen to the conversation again later. Telling us is not required, but talking about it openly helps the working relationship. Invite them to mention it, without demanding it.',
      },
    },
    clientText: {
      nl: 'U mag een gesprek met ons opnemen, voor uzelf. U hoeft dat niet te melden, maar we vinden het fijn als u het zegt.',
      en: 'You may record a conversation with us, for yourself. You do not have to tell us, but we appreciate it if you do.',
    },
  },
  {
    id: 'audio.staff-asks-consent',
    medium: 'audio',
    audience: ['staff'],
    moments: ['call-start', 'staff-wants-to-record', 'recording-started'],
    text: {
      nl: {
        short: 'Wil jij opnemen? Vraag eerst toestemming aan de cliënt. Altijd.',
        long: 'Een medewerker neemt nooit op zonder vooraf toestemming van de cliënt. Heimelijk opnemen van een gesprek waaraan je zelf deelneemt is niet strafbaar, maar cliënten moeten erop kunnen vertrouwen dat wij dat niet doen.',
      },
      en: {
        short: 'Want to record? Ask the client for consent first. Always.',
        long: 'Staff never record without the client agreeing beforehand. Secretly recording a conversation you take part in is not a crime, but clients must be able to trust that we do not do it.',
      },
    },
  },
  {
    id: 'audio.discuss-worries',
    medium: 'both',
    audience: ['staff', 'client'],
    moments: ['client-asks-audio', 'recording-started'],
    text: {
      nl: {
        short: 'Zorgen over een opname? Bespreek ze samen en vraag waarom de cliënt wil opnemen.',
        long: 'Als een opname in deze situatie onwenselijk lijkt, ga dan het gesprek aan. Probeer te begrijpen waarom de cliënt wil opnemen; vaak neemt dat de spanning weg. Open communicatie voorkomt een geheime opname.',
      },
      en: {
        short: 'Worried about a recording? Talk it through and ask why the client wants to record.',
        long: 'If a recording seems unwise in this situation, talk about it. Try to understand why the client wants to record; that often takes the tension away. Open communication prevents a secret recording.',
      },
    },
    clientText: {
      nl: 'Twijfelt u of uw hulpverlener over een opname? Dan praten we er samen over. Vertel gerust waarom u wilt opnemen.',
      en: 'Do you or your care worker have doubts about a recording? Then we talk about it together. Feel free to tell us why you want to record.',
    },
  },
  {
    id: 'audio.recording-supports',
    medium: 'audio',
    audience: ['staff'],
    moments: ['client-asks-audio'],
    text: {
      nl: {
        short: 'Zie een opname als steun: de cliënt kan het gesprek rustig terugluisteren.',
        long: 'Ons uitgangspunt is dat een opname de cliënt helpt. Wie later rustig kan terugluisteren, onthoudt meer van afspraken en adviezen.',
      },
      en: {
        short: 'See a recording as support: the client can listen to the call again calmly.',
        long: 'Our starting point is that a recording helps the client. Someone who can listen again calmly later remembers more of what was agreed and advised.',
      },
    },
  },
  {
    id: 'audio.policy-information',
    medium: 'both',
    audience: ['client'],
    moments: ['client-asks-audio', 'client-asks-video'],
    text: {
      nl: {
        short: 'Wijs de cliënt op de informatie over opnemen op onze website en in de huisregels.',
        long: 'De organisatie beschrijft op haar website en in de huisregels wat cliënten en medewerkers mogen met opnames. Verwijs daarnaar, zodat de cliënt het rustig kan nalezen.',
      },
      en: {
        short: 'Point the client to the information on recording on our website and in the house rules.',
        long: 'The organisation explains on its website and in its house rules what clients and staff may do with recordings. Refer to it so the client can read it at their own pace.',
      },
    },
    clientText: {
      nl: 'Wat u en wij mogen met opnames, staat ook op onze website en in de huisregels.',
      en: 'Our website and house rules also say what you and we may do with recordings.',
    },
  },
  {
    id: 'audio.no-publication-without-permission',
    medium: 'both',
    audience: ['staff', 'client'],
    moments: ['client-asks-audio', 'staff-wants-to-record', 'publish-request', 'call-end'],
    text: {
      nl: {
        short: 'Niet openbaar maken of aan anderen geven zonder toestemming van de andere partij.',
        long: 'Een opname gaat niet naar derden en wordt niet openbaar gemaakt zonder toestemming. Voor de cliënt is dat toestemming van de organisatie; voor een medewerker is dat toestemming van de cliënt.',
      },
      en: {
        short: 'Do not publish or give to others without the other party’s permission.',
        long: 'A recording is not given to third parties or published without permission. For the client that means the organisation’s permission; for a staff member it means the client’s consent.',
      },
    },
    clientText: {
      nl: 'Geef de opname niet aan anderen en zet hem niet online. Dat mag alleen als de organisatie het goedvindt. Wij doen dat ook niet zonder uw toestemming.',
      en: 'Do not give the recording to others or put it online, unless the organisation agrees. We do not do that without your permission either.',
    },
  },
  {
    id: 'audio.publication-no-ground-to-end-care',
    medium: 'audio',
    audience: ['staff'],
    moments: ['publish-request'],
    text: {
      nl: {
        short: 'Openbaar maken alleen is geen reden om de hulpverlening eenzijdig te stoppen.',
        long: 'Ook als een cliënt een opname openbaar maakt, is dat op zichzelf geen grond om de behandelovereenkomst eenzijdig te beëindigen. Bespreek het met je leidinggevende.',
      },
      en: {
        short: 'Publication alone is no reason to end the care agreement one-sidedly.',
        long: 'Even when a client publishes a recording, that alone is no ground to end the care agreement one-sidedly. Discuss it with your manager.',
      },
    },
  },
  {
    id: 'care.children-and-incapacitated',
    medium: 'both',
    audience: ['staff'],
    moments: ['child-present', 'client-asks-audio', 'staff-wants-to-record', 'client-asks-video'],
    text: {
      nl: {
        short: 'Is er een kind of iemand die niet zelf kan beslissen bij? Extra zorgvuldig met opnames.',
        long: 'Opnames van gesprekken met kinderen of met volwassenen die niet zelf kunnen beslissen (wilsonbekwaam, zie de WGBO) vragen extra aandacht. Overleg bij twijfel met een collega voordat er wordt opgenomen.',
      },
      en: {
        short: 'A child or someone who cannot decide for themselves present? Take extra care with recordings.',
        long: 'Recordings of conversations with children or with adults who cannot decide for themselves (lacking capacity under the Dutch medical treatment act) need extra care. When in doubt, consult a colleague before anything is recorded.',
      },
    },
  },
  {
    id: 'copies.both-ways',
    medium: 'both',
    audience: ['staff', 'client'],
    moments: ['recording-started', 'copy-request', 'call-end'],
    text: {
      nl: {
        short: 'Op verzoek krijgt de ander een kopie van de opname, in beide richtingen.',
        long: 'Wie opneemt, geeft de andere partij op verzoek een kopie: de cliënt aan de organisatie en de medewerker aan de cliënt. Zo hebben beide partijen dezelfde informatie. Registreer de code van de opname zodat later te controleren is dat een kopie niet is bewerkt.',
      },
      en: {
        short: 'On request the other party gets a copy of the recording, both ways.',
        long: 'Whoever records gives the other party a copy on request: the client to the organisation and the staff member to the client. That way both have the same information. Register the recording’s code so it can later be checked that a copy was not edited.',
      },
    },
    clientText: {
      nl: 'Heeft u opgenomen en vraagt de organisatie om een kopie? Dan geeft u die. Heeft de organisatie opgenomen? Dan krijgt u een kopie als u erom vraagt.',
      en: 'If you recorded and the organisation asks for a copy, you give it. If the organisation recorded, you get a copy when you ask for one.',
    },
  },
  {
    id: 'copies.no-editing',
    medium: 'both',
    audience: ['staff', 'client'],
    moments: ['copy-request', 'publish-request', 'call-end'],
    text: {
      nl: {
        short: 'Niemand knipt of plakt in een opname, tenzij dat vooraf wordt gemeld.',
        long: 'Cliënt en medewerker bewerken een opname niet: niets eruit knippen, niets toevoegen of verplaatsen, tenzij dat van tevoren aan de ander is gemeld (bij video: zoals afgesproken).',
      },
      en: {
        short: 'Nobody cuts or pastes in a recording unless this is announced.',
        long: 'Client and staff do not edit a recording: nothing cut out, added or moved, unless the other party was told beforehand (for video: as agreed).',
      },
    },
    clientText: {
      nl: 'Verander niets aan de opname: niets weghalen, toevoegen of verplaatsen. Wilt u toch iets veranderen? Zeg dat dan eerst tegen ons.',
      en: 'Do not change the recording: do not remove, add or move anything. Do you want to change something anyway? Then tell us first.',
    },
  },
];

const videoRules: readonly Rule[] = [
  {
    id: 'video.staff-may-refuse',
    medium: 'video',
    audience: ['staff'],
    moments: ['client-asks-video', 'recording-started'],
    text: {
      nl: {
        short: 'Je mag beeldopnames altijd weigeren (portretrecht), op kantoor en thuis.',
        long: 'Een medewerker mag het maken van beeldopnames altijd weigeren op grond van het portretrecht, zowel op kantoor als bij iemand thuis. Dan wordt er niet gefilmd.',
      },
      en: {
        short: 'You may always refuse video (portrait right), at the office and at home.',
        long: 'A staff member may always refuse video recording on the basis of their portrait right, both at the office and in someone’s home. Then nothing is filmed.',
      },
    },
  },
  {
    id: 'video.secret-filming-is-an-offence',
    medium: 'video',
    audience: ['staff', 'client'],
    moments: ['client-asks-video'],
    text: {
      nl: {
        short: 'Heimelijk filmen in een woning of niet-openbare plek is strafbaar; bij geluid is dat niet zo.',
        long: 'Wie zonder aankondiging filmt in een woning of andere niet-openbare ruimte, pleegt een strafbaar feit (art. 139f Wetboek van Strafrecht) en schendt het portretrecht. Voor geluidsopnames geldt dat niet.',
      },
      en: {
        short: 'Secretly filming in a home or non-public place is a criminal offence; audio is not.',
        long: 'Filming without announcing it in a home or other non-public place is a criminal offence (art. 139f of the Dutch Criminal Code) and breaches the portrait right. This does not apply to audio recordings.',
      },
    },
    clientText: {
      nl: 'Filmt u iemand in een huis zonder het te zeggen? Dan is dat strafbaar. Dat geldt ook voor andere plekken die niet openbaar zijn. Voor alleen geluid geldt het niet.',
      en: 'Do you film someone in a home without saying so? That is a criminal offence. The same goes for other places that are not public. It does not apply to sound only.',
    },
  },
  {
    id: 'video.never-decided-on-the-spot',
    medium: 'video',
    audience: ['staff'],
    moments: ['client-asks-video'],
    text: {
      nl: {
        short: 'Beslis niet ter plekke: overleg met collega’s; de manager (MPP) beslist, schriftelijk, in het dossier.',
        long: 'Een verzoek om beeldopnames wordt nooit in het gesprek zelf toegekend. De medewerker vormt een oordeel en overlegt met collega’s, informeert de manager primair proces (MPP), en die beslist. De beslissing wordt op schrift gesteld en in het dossier van de cliënt opgenomen.',
      },
      en: {
        short: 'Do not decide on the spot: consult colleagues; the manager (MPP) decides, in writing, in the client file.',
        long: 'A request for video is never granted during the call itself. The staff member forms a view and discusses it with colleagues, informs the primary process manager (MPP), who decides. The decision is put in writing and filed in the client’s file.',
      },
    },
  },
  {
    id: 'video.written-conditions',
    medium: 'video',
    audience: ['staff', 'client'],
    moments: ['client-asks-video'],
    text: {
      nl: {
        short: 'Toegestaan? Dan schriftelijke afspraken, door beiden ondertekend.',
        long: 'Als beeldopnames worden toegestaan, leggen medewerker en cliënt de voorwaarden vast: niet bewerken, niet aan derden geven, niet openbaar maken zonder toestemming, kopieën in beide richtingen, en welke rol de opname krijgt in latere besluiten. Beide partijen ondertekenen deze verklaring.',
      },
      en: {
        short: 'Allowed? Then written conditions, signed by both.',
        long: 'If video is allowed, staff member and client write down the conditions: no editing, not given to third parties, not published without permission, copies both ways, and what role the recording plays in later decisions. Both parties sign this statement.',
      },
    },
    clientText: {
      nl: 'Wilt u filmen? Vraag het eerst. Mag het, dan schrijven we samen afspraken op en tekenen we die allebei.',
      en: 'Do you want to film? Ask first. If it is allowed, we write down agreements together, and we both sign.',
    },
  },
  {
    id: 'video.refusal-to-sign',
    medium: 'video',
    audience: ['staff'],
    moments: ['client-asks-video'],
    text: {
      nl: {
        short: 'Wil de cliënt de afspraken niet tekenen, dan kan dat een reden zijn om te weigeren.',
        long: 'Weigert de cliënt de verklaring met de afspraken te ondertekenen, dan kan het verzoek om beeldopnames om die reden worden afgewezen.',
      },
      en: {
        short: 'If the client will not sign the conditions, that can be a reason to refuse.',
        long: 'If the client refuses to sign the statement with the conditions, the request for video can be turned down for that reason.',
      },
    },
  },
  {
    id: 'video.client-records-two-staff',
    medium: 'video',
    audience: ['staff'],
    moments: ['client-asks-video'],
    text: {
      nl: {
        short: 'In principe maakt de cliënt de beeldopname en voeren twee medewerkers het gesprek.',
        long: 'Uitgangspunt is dat de cliënt zelf filmt, en dat een gefilmd gesprek door twee medewerkers wordt gevoerd. Neemt de medewerker zelf op, dan wordt dat vooraf afgesproken.',
      },
      en: {
        short: 'In principle the client makes the video recording and two staff members hold the conversation.',
        long: 'The starting point is that the client films, and that a filmed conversation is held by two staff members. If the staff member records instead, that is agreed beforehand.',
      },
    },
  },
];

export const CATALOGUE: Catalogue = {
  version: CATALOGUE_VERSION,
  rules: [...audioRules, ...videoRules],
  announcement: {
    nl: 'Ter informatie: dit gesprek wordt met toestemming van alle deelnemers opgenomen, zodat de cliënt het later rustig kan terugluisteren. De opname wordt niet bewerkt, niet openbaar gemaakt en niet aan anderen gegeven zonder toestemming. Op verzoek krijgen beide partijen een kopie.',
    en: 'For your information: this conversation is being recorded with the consent of everyone taking part, so the client can listen to it again later. The recording will not be edited, published or given to others without permission. Both parties get a copy on request.',
  },
};
