// English sentence rules, one per way the sources state a relationship. Each is tested on real
// sentences from ../shared/sources (tests/unit/extract-rules.test.ts). Read as: "<subject>
// <trigger> <object>" gives TYPE(subject -> object) unless `reversed`.
import { ACTORS, ACTORS_J, ACTORS_P, type SentenceRule } from './rule-types.ts';

const agreementKind = (s: string): string =>
  /memorand|mou/i.test(s)
    ? 'mou'
    : /arrangement/i.test(s)
      ? 'arrangement'
      : /plan/i.test(s)
        ? 'plan'
        : /declaration/i.test(s)
          ? 'declaration'
          : 'agreement';

export const RULES_EN: SentenceRule[] = [
  {
    // "The two parties signed a Memorandum of Understanding (MoU) in May 2024", "the ICAC signed MoUs with the UNODC and ACAs from ..."
    name: 'en.signed',
    type: 'SIGNED',
    trigger:
      /\b(?:signed|signing of|signing|concluded|inked|entered into)\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:co-?operative\s+|co-?operation\s+)?(MoUs?|memorand(?:um|a) of understanding|arrangements?|agreements?|co-?operation plans?|plans?|declarations?|documents?)\b(?:\s+\([^)]*\))?(?:\s+on\s+[^.;,]*?)?(?:\s+with\s+)?/gi,
    from: ACTORS_J,
    to: ACTORS_J,
    subject: 'before',
    object: 'after',
    window: 160,
    props: ({ match }) => ({ kind: agreementKind(match[1]) }),
    dateProp: 'date',
    useContext: true,
    confidence: 0.75,
  },
  {
    // "Ms Sun's presence at the signing ceremonies of co-operation documents between the General Administration of Customs and the Hong Kong Special Administrative Region Government"
    name: 'en.signed-between',
    type: 'SIGNED',
    trigger:
      /\bsigning(?:\s+ceremon(?:y|ies))?\s+of\s+(?:the\s+)?(co-?operation documents?|MoUs?|memorand(?:um|a) of understanding|arrangements?|agreements?)\s+between\s+(?:the\s+)?/gi,
    from: ACTORS_J,
    to: ACTORS_J,
    subject: 'after',
    object: 'before',
    window: 80,
    props: ({ match }) => ({ kind: agreementKind(match[1]) }),
    dateProp: 'date',
    confidence: 0.6,
  },
  {
    // "the ICAC and the IAACA co-hosted the 8th ICAC Symposium", "the C&ED ... successfully hosted the 26th WCO ... Conference"
    name: 'en.hosted',
    type: 'HOSTED',
    trigger:
      /\b(co-?host(?:ed|s|ing)?|host(?:ed|s|ing)?|co-?organi[sz](?:ed|es|ing)|jointly organi[sz]ed|organi[sz](?:ed|es|ing)|convened|held)\s+(?!by\b)/gi,
    from: ACTORS_J,
    to: ['Event'],
    adjacent: true,
    subject: 'before',
    object: 'after',
    window: 80,
    props: ({ match }) => ({ role: /co-?|jointly/i.test(match[1]) ? 'co-host' : /organi/i.test(match[1]) ? 'organiser' : 'host' }),
    useContext: true,
    confidence: 0.7,
  },
  {
    // "the 5th International Collective Action Conference hosted by the Basel Institute on Governance"
    name: 'en.hosted-by',
    type: 'HOSTED',
    trigger: /\b(co-?hosted|hosted|co-?organi[sz]ed|organi[sz]ed|convened)\s+by\s+/gi,
    from: ACTORS_J,
    to: ['Event'],
    subject: 'after',
    object: 'before',
    window: 60,
    props: ({ match }) => ({ role: /co-?/i.test(match[1]) ? 'co-host' : /organi/i.test(match[1]) ? 'organiser' : 'host' }),
    confidence: 0.7,
  },
  {
    // "an ICAC delegation attended the "China (Yunnan)-Southeast Asia Subnational Symposium ..."", "participated in meetings of ..."
    name: 'en.attended',
    type: 'ATTENDED',
    trigger:
      /\b(attend(?:ed|s|ing)?|participat(?:ed|es|ing) in|took part in|spoke at|deliver(?:ed|ing) a speech at|was participated by)\s+/gi,
    from: ACTORS_P,
    to: ['Event'],
    adjacent: true,
    subject: 'before',
    object: 'after',
    window: 120,
    props: ({ match }) => ({ role: /spoke|speech/i.test(match[1]) ? 'speaker' : 'delegate' }),
    // "welcomed Ms Sun ... to attend": she attends, not the one who welcomes.
    reject: ({ match, sentence }) => /\bwelcomed\b[^.;]*\bto\s+$/.test(sentence.slice(0, match.index)),
    useContext: true,
    confidence: 0.65,
  },
  {
    // "Mr Lee welcomed Ms Sun and her delegation to Hong Kong to attend the World Customs Organization (WCO) ... Conference"
    name: 'en.welcomed-to-attend',
    type: 'ATTENDED',
    trigger: /\bwelcomed\s+(?=(?:Mr|Ms|Mrs|Dr)\b[^.;]{0,80}?\bto\s+attend\b)/g,
    from: ['Person', 'Agency', 'Organisation'],
    to: ['Event'],
    subject: 'after',
    object: 'after',
    window: 200,
    props: () => ({ role: 'delegate' }),
    confidence: 0.55,
  },
  {
    // the same sentence: "welcomed Ms Sun and her delegation to Hong Kong"
    name: 'en.welcomed-to',
    type: 'VISITED',
    trigger: /\bwelcomed\s+(?=(?:Mr|Ms|Mrs|Dr)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:and\s+(?:her|his|their)\s+delegation\s+)?to\s+[A-Z])/g,
    from: ACTORS_P,
    to: ACTORS_J,
    subject: 'after',
    object: 'after',
    window: 80,
    dateProp: 'date',
    confidence: 0.55,
  },
  {
    // "the Commissioner paid official visits to the Hong Kong and Macao Affairs Office ..., the National Commission of Supervision, ..."
    name: 'en.visited',
    type: 'VISITED',
    trigger:
      /\b(?:paid\s+(?:an?\s+)?(?:official\s+|courtesy\s+)?visits?\s+to|visit(?:ed|s|ing)?(?:\s+to)?|study visits?\s+(?:[^.;]{0,40}?\s)?to|went on\s+[^.;]{0,40}?visit\s+[^.;]{0,40}?\bto)\s+/gi,
    from: ACTORS_P,
    to: ACTORS_J,
    subject: 'before',
    object: 'after',
    window: 220,
    // Not an invitation "to visit"; not "X's visit to" (en.visit-of).
    reject: ({ match, sentence }) =>
      /\binvit\w*\b[^.;]{0,80}\bto\s*$/i.test(sentence.slice(0, match.index)) ||
      /(?:’s|'s)\s+(?:official\s+)?$/.test(sentence.slice(0, match.index)),
    dateProp: 'date',
    useContext: true,
    confidence: 0.6,
  },
  {
    // "the ICAC has recently received delegations from the ACAs of Indonesia and Senegal"
    name: 'en.received-delegation',
    type: 'VISITED',
    trigger:
      /\b(?:received|receiving|welcomed|hosted)\s+(?:nearly\s+|about\s+|over\s+|\d+\s+)?(?:a\s+)?(?:delegations?|visitors?|visits?)\s+(?:from|of)\s+/gi,
    from: ACTORS_P,
    to: ACTORS_J,
    subject: 'before',
    object: 'after',
    reversed: true,
    window: 120,
    dateProp: 'date',
    confidence: 0.65,
  },
  {
    // "Ms Ho welcomed Mr Wang's visit to Hong Kong Customs"
    name: 'en.visit-of',
    type: 'VISITED',
    trigger: /(?:’s|'s)\s+(?:official\s+)?visit\s+to\s+/gi,
    from: ACTORS_P,
    to: ACTORS_J,
    subject: 'before',
    object: 'after',
    window: 60,
    dateProp: 'date',
    confidence: 0.65,
  },
  {
    // "the IAACA collaborated with the HKIAAC to organise an experience sharing programme in March 2024 for the National Anti-Corruption Advisory Council of South Africa"
    name: 'en.trained',
    type: 'TRAINED',
    trigger: /\b(?:training|workshops?|courses?|programmes?|seminars?)\b[^.;]{0,80}?\bfor\s+(?:the\s+)?/gi,
    from: ACTORS,
    to: ACTORS_J,
    subject: 'before',
    object: 'after',
    window: 90,
    dateProp: 'date',
    useContext: true,
    confidence: 0.55,
  },
  {
    // "The ICAC also sent experienced officers to countries such as Morocco, Mauritius and Indonesia to deliver tailor-made training programmes"
    name: 'en.trained-sent',
    type: 'TRAINED',
    trigger: /\bsent\s+[^.;]{0,40}?\bto\s+(?:countries\s+such\s+as\s+|countries\s+including\s+)?(?=[^.;]*\btrain)/gi,
    from: ACTORS,
    to: ACTORS_J,
    subject: 'before',
    object: 'after',
    window: 80,
    dateProp: 'date',
    confidence: 0.55,
  },
  {
    // "the ICAC has held the Presidency of the International Association of Anti-Corruption Authorities (IAACA) since 2022"
    name: 'en.holds-role',
    type: 'HOLDS_ROLE',
    trigger:
      /\b(?:held|holds|hold|taken up|took up|take up|assumed|assumes|serv(?:ed|es|ing) as|elected(?: as)?|in (?:its|his|her) capacity as|as)\s+(?:the\s+)?(?:role of\s+)?(?:the\s+)?(?:[A-Z][\w ()]{0,60}?\s+)?(Presidency|President|Vice-Chair(?:person|man)?|Chair(?:person|man)?|Secretary-General|Secretariat)(\s+for\s+the\s+[A-Z][\w/ -]*?Region)?(?:\s+\([^)]*\))?\s*(?:of\s+(?:the\s+)?)?/g,
    from: [...ACTORS_J, 'Person'],
    to: ['Organisation'],
    objectInTrigger: true,
    subject: 'before',
    object: 'after',
    window: 70,
    props: ({ match }) => ({
      role: `${match[1].replace('Presidency', 'President').replace(/Chair(?:person|man)/, 'Chair')}${match[2] ? match[2].replace(/^\s+for\s+the\s+/, ' ').replace(/\s+Region$/, '') : ''}`,
    }),
    dateProp: 'since',
    useContext: true,
    confidence: 0.6,
  },
  {
    // "As a member of UNODC's GlobE Network, the ICAC has been actively engaged", "the ICAC is a member of ..."
    name: 'en.member-of',
    type: 'MEMBER_OF',
    trigger:
      /\b(?:is|are|was|were|as|became|becoming|become)\s+(?:a\s+|an\s+)?(?:full\s+|founding\s+)?(member|observer)s?\s+(?:of|to|in)\s+(?:the\s+)?/gi,
    from: ACTORS_J,
    to: ['Organisation'],
    adjacent: true,
    subject: 'before',
    object: 'after',
    window: 60,
    props: ({ match }) => ({ status: match[1].toLowerCase() }),
    dateProp: 'since',
    useContext: true,
    confidence: 0.65,
  },
  {
    // "During the year, it joined the UNODC's GlobE Network as an observer"
    name: 'en.joined',
    type: 'MEMBER_OF',
    trigger: /\b(?:joined|joins|acceded to|was admitted to)\s+(?!hands)(?:the\s+)?/gi,
    from: ACTORS_J,
    to: ['Organisation'],
    adjacent: true,
    subject: 'before',
    object: 'after',
    window: 60,
    props: ({ sentence }) => ({ status: /\bas an? observer\b/i.test(sentence) ? 'observer' : 'member' }),
    dateProp: 'since',
    useContext: true,
    confidence: 0.65,
  },
  {
    // "The United Nations Office on Drugs and Crime (UNODC) is a strategic partner of the ICAC", "the tripartite partnership formed with the HKIAAC and the IAACA"
    name: 'en.partner-of',
    type: 'PARTNER_OF',
    trigger:
      /\b(strategic|tripartite|close|long-standing)?\s*partner(?:ship)?s?\s+(?:(?:formed|established)\s+)?(?:of|with)\s+(?:the\s+)?/gi,
    from: ACTORS,
    to: ACTORS,
    subject: 'before',
    object: 'after',
    window: 100,
    props: ({ match, sentence }) => {
      const kind = match[1]?.toLowerCase() ?? /\b(strategic|tripartite)\b/i.exec(sentence)?.[1]?.toLowerCase();
      return kind ? { kind } : {};
    },
    confidence: 0.6,
  },
  {
    // "During the year, the ICAC, the HKIAAC, and the IAACA established a tripartite partnership"
    name: 'en.partnership-formed',
    type: 'PARTNER_OF',
    trigger: /\b(?:established|formed|forged|set up)\s+a\s+(tripartite|strategic|trilateral)\s+partnership\b(?!\s+with)/gi,
    from: ACTORS,
    to: ACTORS,
    subject: 'before',
    object: 'after',
    pairwise: true,
    props: ({ match }) => ({ kind: match[1].toLowerCase() === 'trilateral' ? 'tripartite' : match[1].toLowerCase() }),
    confidence: 0.6,
  },
  {
    // "The ICAC, representing Hong Kong, China, participated in the Anti-Corruption and Transparency Experts Working Group of the APEC and the ..."
    name: 'en.participates-in',
    type: 'MEMBER_OF',
    trigger: /\b(?:participat(?:es|ed|ing)|takes part|took part)\s+in\s+(?:the\s+)?/gi,
    from: ACTORS_J,
    to: ['Organisation'],
    subject: 'before',
    object: 'after',
    adjacent: true,
    props: () => ({ status: 'member' }),
    confidence: 0.45,
  },
  {
    // "the ICAC collaborated with the Guangdong Provincial Commission of Supervision and the Commission Against Corruption of Macao"
    name: 'en.cooperates-with',
    type: 'COOPERATES_WITH',
    trigger:
      /\b(?:co-?operat(?:e|es|ed|ing|ion)|collaborat(?:e|es|ed|ing|ion)|work(?:ed|s|ing)?\s+(?:closely\s+)?together|work(?:ed|s|ing)?\s+closely|partnered|in partnership|joined hands|liaison)\s+with\s+(?:the\s+)?/gi,
    from: ACTORS_J,
    to: ACTORS_J,
    adjacent: true,
    subject: 'before',
    object: 'after',
    window: 140,
    useContext: true,
    confidence: 0.5,
  },
  {
    // "The ICAC also established the Hong Kong International Academy Against Corruption (HKIAAC) in February 2024"
    name: 'en.established',
    type: 'ESTABLISHED',
    trigger:
      /\b(?:established|founded|set up|launched|created)\s+(?!a\s+(?:tripartite|strategic)|partnerships?|in\b|under\b|by\b)(?:the\s+)?/gi,
    from: ACTORS_J,
    to: ['Organisation', 'Agency', 'Event'],
    adjacent: true,
    subject: 'before',
    object: 'after',
    window: 90,
    dateProp: 'date',
    confidence: 0.65,
  },
  {
    // "The IAACA was established in 2006 under the initiative of our country's Supreme People's Procuratorate (SPP)", "... under the auspices of the UNODC"
    name: 'en.established-by',
    type: 'ESTABLISHED',
    trigger:
      /\b(?:was|were)\s+(?:established|founded|set up|launched|created)\b[^.;]{0,40}?\b(?:by|under the (?:initiative|auspices) of)\s+(?:[^.;]{0,25}?(?:’s|'s)\s+)?(?:the\s+)?/gi,
    from: ACTORS_J,
    to: ['Organisation', 'Agency', 'Event'],
    subject: 'after',
    object: 'before',
    window: 80,
    dateProp: 'date',
    confidence: 0.65,
  },
  {
    // "the IAACA adopted the "Hong Kong Declaration on ..."", "the adoption of the "Hong Kong Declaration ..." at the 8th ICAC Symposium"
    name: 'en.adopted',
    type: 'ADOPTED',
    trigger: /\b(?:adopted|adopt|adoption of|issued|reached consensus on)\s+(?:the\s+)?/gi,
    from: [...ACTORS, 'Event'],
    to: ['Agreement'],
    adjacent: true,
    subject: 'before',
    object: 'after',
    window: 60,
    dateProp: 'date',
    useContext: true,
    confidence: 0.6,
  },
  {
    // "The UNCAC came into force for China in February 2006"
    name: 'en.party-to',
    type: 'PARTY_TO',
    trigger: /\b(?:came|come|comes|entered)\s+into\s+force\s+(?:for|in)\s+/gi,
    from: ['Jurisdiction'],
    to: ['Agreement'],
    subject: 'before',
    object: 'after',
    reversed: true,
    window: 40,
    confidence: 0.7,
  },
  {
    // "the Hong Kong Customs delegation was headed by the Commissioner of Customs and Excise" (HEADS from titles is in engine.ts)
    name: 'en.led-by',
    type: 'HEADS',
    trigger:
      /\b(?:headed|led|chaired)\s+by\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+(?:of|for|and|the|[A-Z][\w-]*))*,\s+)?(?:Mr|Ms|Mrs|Dr)?\.?\s*/g,
    from: ['Person'],
    to: ['Agency', 'Organisation'],
    subject: 'after',
    object: 'before',
    window: 60,
    reject: ({ match }) => /\b(Vice|Deputy|Assistant|Acting|Under)\b/i.test(match[0]),
    confidence: 0.4,
  },
];
