// Unit: every extraction rule, English and Chinese, on real sentences copied from the source
// documents (../shared/sources, also seed/sources): one sentence it must find its fact in, one it
// must not fire on. The known entities are the real seed's (curated graph and reference layer);
// for the rules that find NEW entities, the entities in question are taken out of the snapshot.
import { describe, expect, it } from 'vitest';
import type { KnownEntity, Proposal } from '../../server/shared/curation.ts';
import { extractProposals } from '../../server/curation/extract/index.ts';
import { MentionMatcher } from '../../server/curation/extract/mentions.ts';
import { seedGraph, snapshotOf } from '../../server/curation/extract/seed-snapshot.ts';

const known = snapshotOf(seedGraph().docs).known;
const matcher = new MentionMatcher(known);
const without = (...ids: string[]): KnownEntity[] => known.filter((k) => !ids.includes(k.id));

const run = (text: string, date = '2024', k?: KnownEntity[]): Proposal[] =>
  extractProposals({ text, date }, k ?? known, k ? {} : { matcher });
const end = (e: Proposal['from']) => e.id ?? e.name;
/** Relationship proposals of one rule as "TYPE from->to". */
const facts = (ps: Proposal[], rule: string) =>
  ps.filter((p) => p.kind === 'relationship' && p.rule === rule).map((p) => `${p.type} ${end(p.from)}->${end(p.to)}`);
const byRule = (ps: Proposal[], rule: string) => ps.filter((p) => p.rule === rule);

describe('English rules on real sentences', () => {
  it('en.signed: "the ICAC signed MoUs with the UNODC and ACAs from ..." gives one agreement per counterpart, each party SIGNED', () => {
    const ps = run(
      'During the event, the ICAC signed MoUs with the UNODC and ACAs from Kazakhstan, Mauritius, Saudi Arabia, and South Africa to establish a framework for enhanced cooperation.',
    );
    const agreements = ps.filter((p) => p.kind === 'node' && p.label === 'Agreement');
    expect(agreements.map((a) => a.properties.name)).toEqual([
      'MoU between the ICAC and the UNODC',
      'MoU between the ICAC and the anti-corruption agency of Kazakhstan',
      'MoU between the ICAC and the anti-corruption agency of Mauritius',
      'MoU between the ICAC and the anti-corruption agency of Saudi Arabia',
      'MoU between the ICAC and the anti-corruption agency of South Africa',
    ]);
    const signed = facts(ps, 'en.signed');
    expect(signed).toContain('SIGNED icac->MoU between the ICAC and the UNODC');
    expect(signed).toContain('SIGNED unodc->MoU between the ICAC and the UNODC');
    expect(signed).toContain('SIGNED aca-saudi-arabia->MoU between the ICAC and the anti-corruption agency of Saudi Arabia');
    // Each SIGNED points at its agreement's node proposal.
    const first = ps.find((p) => p.type === 'SIGNED' && p.from.id === 'unodc');
    expect(first?.to.proposal).toBe(agreements[0].id);
  });
  it('en.signed: "the two parties signed" takes the parties of the sentence before, and the date', () => {
    const ps = run(
      'The United Nations Office on Drugs and Crime (UNODC) is a strategic partner of the ICAC in international cooperation. The two parties signed a Memorandum of Understanding (MoU) in May 2024 and have joined hands to organise anti-corruption training for graft fighters worldwide.',
    );
    expect(facts(ps, 'en.signed').sort()).toEqual([
      'SIGNED icac->MoU between the UNODC and the ICAC (2024)',
      'SIGNED unodc->MoU between the UNODC and the ICAC (2024)',
    ]);
    expect(ps.find((p) => p.type === 'SIGNED')?.properties.date).toBe('2024-05');
  });
  it('en.signed-between: "the signing ceremonies of co-operation documents between the GACC and the HKSAR Government"', () => {
    const ps = run(
      "Mr Lee also mentioned Ms Sun's presence at the signing ceremonies of co-operation documents between the General Administration of Customs and the Hong Kong Special Administrative Region Government, which aim to promote the safety and seamless flow of people and goods between the Mainland and Hong Kong.",
      '2025-05-19',
    );
    expect(facts(ps, 'en.signed-between')).toEqual([
      'SIGNED gacc->Agreement between the GACC and Government of the Hong Kong Special Administrative Region',
      'SIGNED hksar-government->Agreement between the GACC and Government of the Hong Kong Special Administrative Region',
    ]);
    expect(
      byRule(
        run(
          'The signing of the arrangement further enhanced the exchange and co-operation between the two administrations in the field of drug detector dogs.',
        ),
        'en.signed-between',
      ),
    ).toEqual([]);
  });
  it('en.signed: not on a sentence about MoUs that signs nothing', () => {
    const ps = run(
      'These MoUs provided a framework for jointly combating and preventing corruption, playing a positive role in the development of a high-quality clean B&R.',
    );
    expect(byRule(ps, 'en.signed')).toEqual([]);
  });

  it('en.hosted: "the ICAC and the IAACA co-hosted the 8th ICAC Symposium" gives two co-hosts, and HELD_IN Hong Kong', () => {
    const ps = run(
      'For instance, the ICAC and the IAACA co-hosted the 8th ICAC Symposium in Hong Kong in May 2024, gathering over 500 delegates from more than 180 anti-corruption and related organisations across nearly 60 jurisdictions.',
    );
    expect(facts(ps, 'en.hosted')).toEqual(['HOSTED icac->icac-symposium-8-2024', 'HOSTED iaaca->icac-symposium-8-2024']);
    expect(ps.find((p) => p.rule === 'en.hosted')?.properties.role).toBe('co-host');
    expect(facts(ps, 'en.held-in')).toEqual(['HELD_IN icac-symposium-8-2024->hk']);
  });
  it('en.hosted: not without a host ("Hosting the RHCA Conference bore strategic significance")', () => {
    expect(byRule(run('Hosting the RHCA Conference bore strategic significance for Hong Kong.'), 'en.hosted')).toEqual([]);
  });

  it('en.hosted-by: "... Conference hosted by the Basel Institute on Governance"', () => {
    const ps = run(
      'These conferences included the Global Anti-Corruption and Integrity Forum organised by the Organisation for Economic Co-operation and Development in Paris, France in March; the 5th International Collective Action Conference hosted by the Basel Institute on Governance in Basel, Switzerland in June; and the IV Tashkent Anti-Corruption Forum held in Tashkent, Uzbekistan in October, etc.',
    );
    const hosted = facts(ps, 'en.hosted-by');
    expect(hosted).toContain('HOSTED basel-institute->international-collective-action-conference-5-2024');
    // The graph names this event "OECD Global Anti-Corruption and Integrity Forum (2024)": the text's name is proposed as new.
    expect(hosted).toContain('HOSTED oecd->Global Anti-Corruption and Integrity Forum');
    expect(facts(ps, 'en.held-in')).toContain('HELD_IN tashkent-anti-corruption-forum-4-2024->uzbekistan');
  });
  it('en.hosted-by: not on "headed by"', () => {
    const ps = run(
      'The Hong Kong Customs delegation was headed by the Commissioner of Customs and Excise, Ms Louise Ho, while the Mainland Customs delegation was headed by the Vice-Minister of the GACC, Mr Wang Lingjun.',
    );
    expect(byRule(ps, 'en.hosted-by')).toEqual([]);
  });

  it('en.attended: "an ICAC delegation attended the "China (Yunnan)-Southeast Asia Subnational Symposium ...""', () => {
    const ps = run(
      'In August, at the invitation of the NCS, an ICAC delegation attended the "China (Yunnan)-Southeast Asia Subnational Symposium on Belt and Road Integrity Building" held in Kunming of Yunnan Province, whereby ICAC officers exchanged with nearly 100 representatives from various ACAs across Southeast Asia.',
    );
    expect(facts(ps, 'en.attended')).toEqual(['ATTENDED icac->yunnan-southeast-asia-br-integrity-symposium-2024']);
  });
  it('en.attended: not on "participated in the session" (no event named)', () => {
    const ps = run(
      "Apart from the speakers, about 200 local, Mainland and overseas university and secondary school students, as well as ICAC's iELITE Youth Leaders also participated in the session.",
    );
    expect(byRule(ps, 'en.attended')).toEqual([]);
  });

  it('en.welcomed-to-attend and en.welcomed-to: "Mr Lee welcomed Ms Sun and her delegation to Hong Kong to attend the ... Conference"', () => {
    const ps = run(
      'Mr Lee welcomed Ms Sun and her delegation to Hong Kong to attend the World Customs Organization (WCO) Asia/Pacific Regional Heads of Customs Administrations Conference.',
      '2025-05-19',
    );
    expect(facts(ps, 'en.welcomed-to-attend')).toEqual(['ATTENDED sun-meijun->wco-ap-rhca-26-2025']);
    expect(facts(ps, 'en.welcomed-to')).toEqual(['VISITED sun-meijun->hk']);
    // The one who welcomes does not attend.
    expect(ps.filter((p) => p.type === 'ATTENDED' && p.from.id === 'john-lee')).toEqual([]);
  });
  it('en.welcomed-to-attend: not on "Ms Ho welcomed Mr Wang\'s visit"', () => {
    const ps = run("Ms Ho welcomed Mr Wang's visit to Hong Kong Customs with his delegation, and chaired the meeting.");
    expect(byRule(ps, 'en.welcomed-to-attend')).toEqual([]);
    expect(byRule(ps, 'en.welcomed-to')).toEqual([]);
  });

  it('en.visited: "ICAC officers participated in study visits and exchanges in Mainland China and Macao"', () => {
    const ps = run('In 2024, ICAC officers participated in study visits and exchanges in Mainland China and Macao on multiple occasions.');
    expect(facts(ps, 'en.visited')).toEqual(['VISITED icac->china', 'VISITED icac->macao']);
    expect(ps.find((p) => p.rule === 'en.visited')?.properties.date).toBe('2024');
  });
  it('en.visited: "the Commissioner paid official visits to ..." resolves the Commissioner to the document\'s agency and dates "March this year"', () => {
    const ps = run(
      'Hong Kong, the Mainland and Macao have always worked closely in anti-corruption cooperation, and the ICAC leads. In March this year, the Commissioner paid official visits to the Hong Kong and Macao Affairs Office of the State Council, the National Commission of Supervision, the Supreme People’s Procuratorate, the Ministry of Public Security, and other authorities in Beijing to exchange views on anti-corruption development in the Mainland and Hong Kong.',
      '2023',
    );
    expect(facts(ps, 'en.visited')).toEqual(['VISITED icac->hkmao', 'VISITED icac->ncs', 'VISITED icac->spp', 'VISITED icac->mps']);
    expect(new Set(ps.filter((p) => p.rule === 'en.visited').map((p) => p.properties.date))).toEqual(new Set(['2023-03']));
  });
  it('en.visited: not on an invitation "to visit Hong Kong"', () => {
    const ps = run(
      '(2) given that the Hong Kong Customs and Excise Department, in its capacity as the World Customs Organization (WCO) Vice-Chair for the Asia/Pacific (A/P) Region, successfully organised the 26th WCO A/P Regional Heads of Customs Administrations Conference in May this year, whether, in addition to actively organising the aforesaid representative event, the Government will consider taking the opportunity of its involvement in the affairs of this international organisation to invite personnel from customs-related agencies of various countries to visit Hong Kong more frequently, so as to foster exchanges and co-operation with other regions?',
    );
    expect(byRule(ps, 'en.visited')).toEqual([]);
  });

  it('en.received-delegation: "received delegations from the ACAs of Indonesia and Senegal" gives VISITED from each', () => {
    const ps = run(
      'In Hong Kong, the ICAC has recently received delegations from the ACAs of Indonesia and Senegal, who visited Hong Kong to study the city’s anti-corruption regime.',
    );
    expect(facts(ps, 'en.received-delegation')).toEqual(['VISITED aca-indonesia->icac', 'VISITED aca-senegal->icac']);
    // The relative clause: who visited Hong Kong = the ACAs, not the ICAC.
    expect(facts(ps, 'en.visited')).toEqual(['VISITED aca-indonesia->hk', 'VISITED aca-senegal->hk']);
  });
  it('en.received-delegation: not when nobody named sent them', () => {
    expect(
      byRule(
        run('Since assuming the role of the WCO APVC, the C&ED has received delegations from 21 customs administrations.'),
        'en.received-delegation',
      ),
    ).toEqual([]);
  });

  it('en.visit-of: "Ms Ho welcomed Mr Wang\'s visit to Hong Kong Customs"', () => {
    const ps = run("Ms Ho welcomed Mr Wang's visit to Hong Kong Customs with his delegation, and chaired the meeting.");
    expect(facts(ps, 'en.visit-of')).toEqual(['VISITED wang-lingjun->customs-hk']);
    expect(byRule(ps, 'en.visited')).toEqual([]);
    // A visitor the graph does not know: no visit at all rather than the host's.
    const unknown = run(
      "Ms Ho welcomed Mr Wang's visit to Hong Kong Customs with his delegation, and chaired the meeting.",
      '2024',
      without('wang-lingjun'),
    );
    expect(unknown.filter((p) => p.type === 'VISITED')).toEqual([]);
  });
  it('en.visit-of: not on "Ms Sun\'s presence at the signing ceremonies"', () => {
    const ps = run(
      "Mr Lee also mentioned Ms Sun's presence at the signing ceremonies of co-operation documents between the General Administration of Customs and the Hong Kong Special Administrative Region Government.",
    );
    expect(byRule(ps, 'en.visit-of')).toEqual([]);
  });

  it('en.trained: "... to organise an experience sharing programme in March 2024 for the National Anti-Corruption Advisory Council of South Africa"', () => {
    const ps = run(
      'For example, the IAACA collaborated with the HKIAAC to organise an experience sharing programme in March 2024 for the National Anti-Corruption Advisory Council of South Africa.',
    );
    expect(facts(ps, 'en.trained')).toEqual(['TRAINED iaaca->nacac-south-africa']);
    expect(ps.find((p) => p.rule === 'en.trained')?.properties.date).toBe('2024-03');
  });
  it('en.trained: not on events held "to exchange experiences"', () => {
    const ps = run(
      "The ICAC organises large-scale international events to exchange experiences with global anti-corruption partners while showcasing Hong Kong's robust legal system and anti-corruption achievements.",
    );
    expect(byRule(ps, 'en.trained')).toEqual([]);
  });

  it('en.trained-sent: "sent experienced officers to countries such as Morocco, Mauritius and Indonesia to deliver ... training"', () => {
    const ps = run(
      'The ICAC also sent experienced officers to countries such as Morocco, Mauritius and Indonesia to deliver tailor-made training programmes for their ACAs.',
    );
    expect(facts(ps, 'en.trained-sent')).toEqual(['TRAINED icac->morocco', 'TRAINED icac->mauritius', 'TRAINED icac->indonesia']);
  });
  it('en.trained-sent: not on invitations to come to Hong Kong', () => {
    expect(
      byRule(
        run(
          'The C&ED will continue to take this opportunity to extend invitations to various customs administrations to come to Hong Kong for the events.',
        ),
        'en.trained-sent',
      ),
    ).toEqual([]);
  });

  it('en.holds-role: "the ICAC has held the Presidency of the IAACA since 2022"', () => {
    const ps = run(
      "With the support of the Central People's Government of the People's Republic of China and the Government of the Hong Kong Special Administrative Region, the ICAC has held the Presidency of the International Association of Anti-Corruption Authorities (IAACA) since 2022.",
    );
    const p = byRule(ps, 'en.holds-role');
    expect(facts(ps, 'en.holds-role')).toEqual(['HOLDS_ROLE icac->iaaca']);
    expect(p[0].properties).toEqual({ role: 'President', since: '2022' });
  });
  it('en.holds-role: "taken up the role of WCO Vice-Chairperson for the Asia/Pacific Region" with since and until', () => {
    const ps = run(
      '(2) Since July 2024, the Customs and Excise Department (C&ED) representing Hong Kong, China, has taken up the role of World Customs Organization (WCO) Vice-Chairperson for the Asia/Pacific Region (APVC) again for a term of two years until June 2026.',
      '2025-07-02',
    );
    expect(facts(ps, 'en.holds-role')).toEqual(['HOLDS_ROLE customs-hk->wco']);
    expect(byRule(ps, 'en.holds-role')[0].properties).toMatchObject({ role: 'Vice-Chair Asia/Pacific', since: '2024-07' });
  });
  it('en.holds-role: not on "supported ... in its bid for the Vice-Chairperson"', () => {
    const ps = run(
      'He expressed his gratitude to the General Administration of Customs for supporting the Hong Kong Customs and Excise Department in its bid for the Vice-Chairperson for the Asia/Pacific region of the WCO (2024-2026), which was elected in June last year.',
    );
    expect(byRule(ps, 'en.holds-role')).toEqual([]);
  });

  it('en.member-of: "As a member of UNODC\'s GlobE Network, the ICAC ..."', () => {
    const ps = run(
      "As a member of UNODC's GlobE Network, the ICAC has been actively engaged in the network, enhancing cooperation among anti-corruption law enforcement authorities worldwide.",
    );
    expect(facts(ps, 'en.member-of')).toEqual(['MEMBER_OF icac->globe-network']);
  });
  it('en.member-of: not on "as members of the Chinese delegation"', () => {
    const ps = run(
      'For example, in June this year, two ICAC officers, as members of the Chinese delegation, participated in meetings of the Implementation Review Group and the Open-ended Intergovernmental Working Group on the Prevention of Corruption of the United Nations Convention against Corruption held in Vienna, Austria.',
    );
    expect(byRule(ps, 'en.member-of')).toEqual([]);
  });

  it('en.joined: "it joined the UNODC\'s GlobE Network as an observer" (it = the IAACA of the sentence before)', () => {
    const ps = run(
      "Furthermore, the IAACA actively expanded its international network to enhance communication and cooperation with ACAs worldwide. During the year, it joined the UNODC's GlobE Network as an observer, and partnered with the UNODC on various occasions.",
    );
    expect(facts(ps, 'en.joined')).toEqual(['MEMBER_OF iaaca->globe-network']);
    expect(byRule(ps, 'en.joined')[0].properties).toMatchObject({ status: 'observer', since: '2024' });
    expect(facts(ps, 'en.cooperates-with')).toEqual(['COOPERATES_WITH iaaca->unodc']);
  });
  it('en.joined: not on "joined hands"', () => {
    const ps = run(
      'The two parties signed a Memorandum of Understanding (MoU) in May 2024 and have joined hands to organise anti-corruption training for graft fighters worldwide.',
    );
    expect(byRule(ps, 'en.joined')).toEqual([]);
  });

  it('en.partner-of: "The UNODC is a strategic partner of the ICAC"', () => {
    const ps = run('The United Nations Office on Drugs and Crime (UNODC) is a strategic partner of the ICAC in international cooperation.');
    expect(facts(ps, 'en.partner-of')).toEqual(['PARTNER_OF unodc->icac']);
    expect(byRule(ps, 'en.partner-of')[0].properties.kind).toBe('strategic');
  });
  it('en.partner-of: not on a sentence without a partnership', () => {
    expect(byRule(run("The ICAC's efforts have garnered widespread international recognition."), 'en.partner-of')).toEqual([]);
  });

  it('en.cooperates-with: "the ICAC collaborated with the Guangdong Provincial Commission of Supervision and the Commission Against Corruption of Macao"', () => {
    const ps = run(
      'With the support and coordination of the NCS, the ICAC collaborated with the Guangdong Provincial Commission of Supervision and the Commission Against Corruption of Macao to develop a guide on doing business with integrity in order to offer practical corruption prevention guidelines to overseas and local enterprises with business in the GBA.',
    );
    expect(facts(ps, 'en.cooperates-with')).toEqual([
      'COOPERATES_WITH icac->guangdong-commission-of-supervision',
      'COOPERATES_WITH icac->ccac-macao',
    ]);
  });
  it('en.cooperates-with: not with places named far after "liaison with ACAs"', () => {
    const ps = run(
      'The ICAC maintains close operational liaison with ACAs and law enforcement agencies in Mainland China, Macao and overseas.',
    );
    expect(byRule(ps, 'en.cooperates-with')).toEqual([]);
  });

  it('en.partnership-formed: "the ICAC, the HKIAAC, and the IAACA established a tripartite partnership" links every two of them', () => {
    const ps = run(
      "During the year, the ICAC, the HKIAAC, and the IAACA established a tripartite partnership, capitalising on their respective strengths: the ICAC's half-century of anti-",
    );
    expect(facts(ps, 'en.partnership-formed')).toEqual(['PARTNER_OF icac->hkiaac', 'PARTNER_OF icac->iaaca', 'PARTNER_OF hkiaac->iaaca']);
    expect(byRule(ps, 'en.partnership-formed')[0].properties.kind).toBe('tripartite');
  });
  it('en.partnership-formed: not on "has forged strategic partnerships through memoranda of understanding with"', () => {
    const ps = run(
      'At the same time, the ICAC has forged strategic partnerships through memoranda of understanding with the United Nations Office on Drugs and Crime (UNODC) and anti-corruption agencies in various Belt and Road countries.',
    );
    expect(byRule(ps, 'en.partnership-formed')).toEqual([]);
  });

  it('en.participates-in: "The ICAC ... participated in the <working group> and the <initiative>"; not "participated in study visits"', () => {
    const ps = run(
      'The ICAC, representing Hong Kong, China, participated in the Anti-Corruption and Transparency Experts Working Group of the Asia-Pacific Economic Cooperation and the Anti-Corruption Initiative for Asia and the Pacific co-organised by the Asian Development Bank and the Organisation for Economic Co-operation and Development.',
    );
    expect(facts(ps, 'en.participates-in')).toEqual(['MEMBER_OF icac->apec-actwg', 'MEMBER_OF icac->adb-oecd-aci']);
    expect(
      byRule(
        run('In 2024, ICAC officers participated in study visits and exchanges in Mainland China and Macao on multiple occasions.'),
        'en.participates-in',
      ),
    ).toEqual([]);
  });

  it('en.established: "The ICAC also established the HKIAAC in February 2024"', () => {
    const ps = run('The ICAC also established the Hong Kong International Academy Against Corruption (HKIAAC) in February 2024.');
    expect(facts(ps, 'en.established')).toEqual(['ESTABLISHED icac->hkiaac']);
    expect(byRule(ps, 'en.established')[0].properties.date).toBe('2024-02');
  });
  it('en.established: not on "established a tripartite partnership"', () => {
    const ps = run(
      "During the year, the ICAC, the HKIAAC, and the IAACA established a tripartite partnership, capitalising on their respective strengths: the ICAC's half-century of anti-",
    );
    expect(byRule(ps, 'en.established')).toEqual([]);
  });

  it('en.established-by: "The IAACA was established in 2006 under the initiative of our country\'s SPP"', () => {
    const ps = run(
      "The International Association of Anti-Corruption Authorities (IAACA) was established in 2006 under the initiative of our country's Supreme People's Procuratorate (SPP).",
    );
    expect(facts(ps, 'en.established-by')).toEqual(['ESTABLISHED spp->iaaca']);
    expect(byRule(ps, 'en.established')).toEqual([]);
  });
  it('en.established-by: not on "was first held in 2000"', () => {
    expect(byRule(run('The ICAC Symposium was first held in 2000.'), 'en.established-by')).toEqual([]);
  });

  it('en.adopted: "where the IAACA adopted the "Hong Kong Declaration ...""', () => {
    const ps = run(
      'The Symposium doubled as the IAACA\'s 11th Annual Conference, where the IAACA adopted the "Hong Kong Declaration on Strengthening International Cooperation in Preventing and Fighting Corruption", which is the first-ever anti-corruption declaration named after Hong Kong.',
    );
    expect(facts(ps, 'en.adopted')).toEqual(['ADOPTED iaaca->hong-kong-declaration-2024']);
  });
  it('en.adopted: not on "The declaration called on ..."', () => {
    expect(
      byRule(
        run(
          'The declaration called on anti-corruption agencies worldwide to uphold the principles of the UNCAC and unite in their mission against corruption.',
        ),
        'en.adopted',
      ),
    ).toEqual([]);
  });

  it('en.party-to: "The UNCAC came into force for China in February 2006"', () => {
    const ps = run(
      'The UNCAC came into force for China in February 2006 and is applicable to the Hong Kong Special Administrative Region.',
    );
    expect(facts(ps, 'en.party-to')).toEqual(['PARTY_TO china->uncac']);
  });
  it('en.party-to: not on a description of the convention', () => {
    expect(
      byRule(
        run('The United Nations Convention against Corruption is the only legally binding universal anti-corruption instrument.'),
        'en.party-to',
      ),
    ).toEqual([]);
  });

  it('en.led-by and en.title-of: heads of agencies, not their deputies', () => {
    const ps = run(
      'The Hong Kong Customs delegation was headed by the Commissioner of Customs and Excise, Ms Louise Ho, while the Mainland Customs delegation was headed by the Vice-Minister of the GACC, Mr Wang Lingjun.',
    );
    expect(facts(ps, 'en.led-by')).toEqual(['HEADS louise-ho->customs-hk']);
    expect(ps.filter((p) => p.type === 'HEADS' && p.from.id === 'wang-lingjun')).toEqual([]);
    const ce = run(
      'The Chief Executive, Mr John Lee, met with the Minister of the General Administration of Customs, Ms Sun Meijun, at Government House today (May 19) to exchange views on strengthening enforcement and co-operation between Hong Kong and Mainland Customs.',
      '2025-05-19',
    );
    expect(facts(ce, 'en.title-of')).toEqual(['HEADS sun-meijun->gacc']);
  });

  it('en.held-in: "... held in Vienna, Austria" and not "first held in 2000"', () => {
    const ps = run(
      "ICAC officers, as part of China's delegation, also attended the 15th session of the Implementation Review Group under the UNCAC held in Vienna, Austria in June, where they exchanged views on anti-corruption strategies with delegates around the world.",
    );
    expect(facts(ps, 'en.held-in')).toEqual(['HELD_IN uncac-irg-15-2024->austria']);
    expect(facts(ps, 'en.attended')).toEqual(['ATTENDED icac->uncac-irg-15-2024']);
    expect(byRule(run('The ICAC Symposium was first held in 2000.'), 'en.held-in')).toEqual([]);
  });

  it('en.person: people with their titles; not a lone surname', () => {
    const ps = run(
      'Following is a question by the Hon Chan Chun-ying and a written reply by the Secretary for Security, Mr Tang Ping-keung, in the Legislative Council today (July 2):',
      '2025-07-02',
      without('chan-chun-ying', 'tang-ping-keung'),
    );
    const people = byRule(ps, 'en.person');
    expect(people.map((p) => p.properties)).toEqual([
      { name: 'Chan Chun-ying' },
      { name: 'Tang Ping-keung', title: 'Secretary for Security' },
    ]);
    expect(byRule(run('Mr Lee welcomed Ms Sun and her delegation to Hong Kong.', '2025', []), 'en.person')).toEqual([]);
  });

  it('en.named-entity: unknown agencies with their place; not a gerund phrase', () => {
    const ps = run(
      'With the support and coordination of the NCS, the ICAC collaborated with the Guangdong Provincial Commission of Supervision and the Commission Against Corruption of Macao to develop a guide.',
      '2024',
      without('guangdong-commission-of-supervision', 'ccac-macao'),
    );
    const nodes = byRule(ps, 'en.named-entity').filter((p) => p.kind === 'node');
    expect(nodes.map((n) => [n.label, n.properties.name])).toEqual([
      ['Agency', 'Guangdong Provincial Commission of Supervision'],
      ['Agency', 'Commission Against Corruption of Macao'],
    ]);
    expect(facts(ps, 'en.named-entity.located-in')).toEqual(['LOCATED_IN Commission Against Corruption of Macao->macao']);
    // The relationship points at the node proposal.
    const coop = ps.find((p) => p.type === 'COOPERATES_WITH' && p.to.name === 'Commission Against Corruption of Macao');
    expect(coop?.to.proposal).toBe(nodes[1].id);
    expect(byRule(run('Hosting the RHCA Conference bore strategic significance for Hong Kong.'), 'en.named-entity')).toEqual([]);
  });
  it('en.named-entity: "Maldives\' Anti-Corruption Commission" is located in the Maldives; the acronym in brackets is kept', () => {
    const ps = run("The ICAC met Maldives' Anti-Corruption Commission (ACC) in 2024.", '2024', without('aca-maldives'));
    const node = ps.find((p) => p.kind === 'node');
    expect(node?.properties).toEqual({ name: 'Anti-Corruption Commission of Maldives', acronym: 'ACC', aliases: ['ACC'] });
    expect(facts(ps, 'en.named-entity.located-in')).toEqual(['LOCATED_IN Anti-Corruption Commission of Maldives->maldives']);
  });

  it('en.quoted-name: a quoted event name; not a quoted theme', () => {
    const ps = run(
      'To nurture anti-corruption awareness and drive innovation among youth in Asia, advance digital corruption prevention, and promote transnational collaboration, the ICAC, in partnership with the IAACA and the UNODC, will host the "Coding4Integrity Asian Youth Anti-Corruption Hackathon" in Hong Kong this September.',
      '2025-07-02',
      without('coding4integrity-hackathon-2025'),
    );
    expect(byRule(ps, 'en.quoted-name').map((p) => [p.label, p.properties.name])).toEqual([
      ['Event', 'Coding4Integrity Asian Youth Anti-Corruption Hackathon'],
    ]);
    expect(facts(ps, 'en.hosted')).toEqual(['HOSTED icac->Coding4Integrity Asian Youth Anti-Corruption Hackathon']);
    expect(facts(ps, 'en.held-in')).toEqual(['HELD_IN Coding4Integrity Asian Youth Anti-Corruption Hackathon->hk']);
    const theme = run(
      'With the theme of "Charting a New Path to Combat Corruption", the Symposium was participated by over 500 delegates of 180 ACAs from nearly 60 jurisdictions, setting a record.',
    );
    expect(byRule(theme, 'en.quoted-name')).toEqual([]);
  });

  it('en.aca-of-jurisdiction: "ACAs from two additional B&R countries (Indonesia and Maldives)"; not "their ACAs"', () => {
    const ps = run(
      'Following the signing of MoUs with ACAs from three B&R countries (Kazakhstan, Saudi Arabia and South Africa) in the 8th ICAC Symposium, the ICAC signed MoUs with ACAs from two additional B&R countries (Indonesia and Maldives) in September 2024, with an MoU exchange ceremony witnessed by the Chief Executive in the Belt and Road Summit.',
      '2024',
      without('aca-indonesia', 'aca-maldives'),
    );
    const acas = byRule(ps, 'en.aca-of-jurisdiction').filter((p) => p.kind === 'node');
    expect(acas.map((p) => p.properties.name)).toEqual(['Anti-corruption agency of Indonesia', 'Anti-corruption agency of Maldives']);
    expect(facts(ps, 'en.aca-of-jurisdiction.located-in')).toEqual([
      'LOCATED_IN Anti-corruption agency of Indonesia->indonesia',
      'LOCATED_IN Anti-corruption agency of Maldives->maldives',
    ]);
    expect(ps.find((p) => p.type === 'SIGNED' && p.from.name === 'Anti-corruption agency of Maldives')?.properties.date).toBe('2024-09');
    const none = run(
      'The ICAC also sent experienced officers to countries such as Morocco, Mauritius and Indonesia to deliver tailor-made training programmes for their ACAs.',
      '2023',
      without('aca-morocco'),
    );
    expect(byRule(none, 'en.aca-of-jurisdiction')).toEqual([]);
  });
});

describe('Chinese rules on real sentences', () => {
  it('zh.signed: 廉署……與聯合國毒罪辦以及……南非的反貪機構簽署合作諒解備忘錄', () => {
    const ps = run(
      '廉署亦在會上與聯合國毒罪辦以及哈薩克斯坦、毛里求斯、沙特阿拉伯及南非的反貪機構簽署合作諒解備忘錄，為深化反貪合作訂立框架。',
    );
    const signed = facts(ps, 'zh.signed');
    expect(signed).toContain('SIGNED icac->MoU between the ICAC and the UNODC');
    expect(signed).toContain('SIGNED unodc->MoU between the ICAC and the UNODC');
    expect(signed).toContain('SIGNED aca-south-africa->MoU between the ICAC and the anti-corruption agency of South Africa');
    expect(signed).toContain('SIGNED aca-kazakhstan->MoU between the ICAC and the anti-corruption agency of Kazakhstan');
    expect(byRule(ps, 'zh.cooperates-with')).toEqual([]);
  });
  it('zh.signed: 雙方 takes the two parties of the sentence before', () => {
    const ps = run(
      '聯合國毒品和犯罪問題辦公室（聯合國毒罪辦）是廉署在國際合作上的戰略伙伴。雙方在二零二四年五月簽署合作諒解備忘錄，並攜手為世界各地的反貪人員舉辦培訓課程。',
    );
    expect(facts(ps, 'zh.signed').sort()).toEqual([
      'SIGNED icac->MoU between the UNODC and the ICAC (2024)',
      'SIGNED unodc->MoU between the UNODC and the ICAC (2024)',
    ]);
    expect(facts(ps, 'zh.partner-of')).toEqual(['PARTNER_OF unodc->icac']);
  });
  it('zh.signed: not on 這些合作備忘錄為……提供合作框架', () => {
    expect(byRule(run('這些合作備忘錄為共同打擊及預防貪污提供合作框架，對共建高質量廉潔“一帶一路”發揮積極作用。'), 'zh.signed')).toEqual(
      [],
    );
  });

  it('zh.hosted: 廉署……與聯合會合辦“廉政公署第八屆國際會議”; not 國際會議在二零零零年首次舉辦', () => {
    const ps = run('廉署在二零二四年五月與聯合會合辦“廉政公署第八屆國際會議”，為世界各地的反貪人員提供一個知識分享和經驗交流平台。');
    expect(facts(ps, 'zh.hosted')).toEqual(['HOSTED icac->icac-symposium-8-2024']);
    expect(byRule(ps, 'zh.hosted')[0].properties.role).toBe('co-host');
    expect(byRule(run('廉政公署國際會議在二零零零年首次舉辦，每屆會議會因應當時國際反貪發展而訂定獨特主題。'), 'zh.hosted')).toEqual([]);
  });

  it('zh.attended: 廉署……派員到雲南省昆明市出席“一帶一路廉潔建設——中國雲南與東南亞國家地方研討會”; not 參與討論環節', () => {
    const ps = run(
      '此外，廉署應國家監察委員會的邀請，於八月派員到雲南省昆明市出席“一帶一路廉潔建設——中國雲南與東南亞國家地方研討會”，與近100名來自東南亞各國反貪機構的代表交流。',
    );
    expect(facts(ps, 'zh.attended')).toEqual(['ATTENDED icac->yunnan-southeast-asia-br-integrity-symposium-2024']);
    expect(byRule(run('除與會者外，約有 200 位本地、內地及海外大學和中學生，以及廉署“菁英誠信領袖”參與討論環節。'), 'zh.attended')).toEqual(
      [],
    );
  });

  it('zh.visited: 廉署人員……前往內地和澳門; not 與到訪廉政公署的內地官員交流', () => {
    const ps = run('廉署人員在二零二四年多次前往內地和澳門參與反貪腐考察交流。');
    expect(facts(ps, 'zh.visited')).toEqual(['VISITED icac->macao']);
    expect(byRule(ps, 'zh.visited')[0].properties.date).toBe('2024');
    expect(byRule(run('與到訪廉政公署的內地官員交流香港的反貪經驗'), 'zh.visited')).toEqual([]);
  });

  it('zh.trained: 聯合會……為南非國家反貪諮詢局舉辦工作坊; not 為“一帶一路”國家……的反貪機構舉辦', () => {
    const ps = run('例如聯合會在二零二四年三月與廉政學院攜手於香港為南非國家反貪諮詢局舉辦工作坊。');
    expect(facts(ps, 'zh.trained')).toEqual(['TRAINED iaaca->nacac-south-africa']);
    expect(byRule(ps, 'zh.trained')[0].properties.date).toBe('2024-03');
    expect(facts(ps, 'zh.cooperates-with')).toEqual(['COOPERATES_WITH iaaca->hkiaac']);
    expect(
      byRule(run('廉政學院亦為“一帶一路”國家以至世界各地的反貪機構舉辦不同形式的專業培訓課程，提升他們的反貪能力。'), 'zh.trained'),
    ).toEqual([]);
  });

  it('zh.holds-role: 廉署自二零二二年起擔任國際反貪局聯合會（聯合會）主席; 年份至年份 gives since and until', () => {
    const ps = run('在中華人民共和國中央人民政府及香港特別行政區政府的支持下，廉署自二零二二年起擔任國際反貪局聯合會（聯合會）主席。');
    expect(facts(ps, 'zh.holds-role')).toEqual(['HOLDS_ROLE icac->iaaca']);
    expect(byRule(ps, 'zh.holds-role')[0].properties).toEqual({ role: 'President', since: '2022' });
    const spp = run('國家最高檢察長在二零零六年至二零一六年期間擔任聯合會主席，隨後二零一六年至二零二二年由卡塔爾的總檢察長擔任主席。');
    expect(byRule(spp, 'zh.holds-role').find((p) => p.from.id === 'spp')?.properties).toEqual({
      role: 'President',
      since: '2006',
      until: '2016',
    });
    expect(
      byRule(
        run('廉政專員於二零二四年九月率團出席該網絡在北京舉行的全體會議，並在高級別論壇上發言呼籲與會者加強執法合作。'),
        'zh.holds-role',
      ),
    ).toEqual([]);
  });

  it('zh.member-of: 廉署作為聯合國毒罪辦 GlobE 網絡的成員機構之一; not 以中國代表團成員身分', () => {
    const ps = run('廉署作為聯合國毒罪辦 GlobE 網絡的成員機構之一，一直積極參與該網絡的事務，增強世界各地反貪執法機關的合作。');
    expect(facts(ps, 'zh.member-of')).toEqual(['MEMBER_OF icac->globe-network']);
    expect(
      byRule(run('副廉政專員年內亦以中國代表團成員身分，出席該網絡在奧地利維也納聯合國辦事處舉行的指導委員會會議。'), 'zh.member-of'),
    ).toEqual([]);
  });

  it('zh.participates-in: 廉署……參與“亞太經濟合作組織反貪腐倡透明專家工作小組”; not 參與討論環節', () => {
    const ps = run(
      '廉署以“中國香港”身分參與“亞太經濟合作組織反貪腐倡透明專家工作小組”以及由亞洲開發銀行和經濟合作與發展組織合辦的“亞太區反貪污行動計劃”。',
    );
    expect(facts(ps, 'zh.participates-in')).toEqual(['MEMBER_OF icac->apec-actwg']);
    expect(
      byRule(run('除與會者外，約有 200 位本地、內地及海外大學和中學生，以及廉署“菁英誠信領袖”參與討論環節。'), 'zh.participates-in'),
    ).toEqual([]);
  });

  it('zh.joined: 聯合會年內以觀察員身分加入聯合國毒罪辦GlobE網絡; not 當選聯合會主席', () => {
    const ps = run('聯合會年內以觀察員身分加入聯合國毒罪辦GlobE網絡，並與聯合國毒罪辦合作，在不同場合向世界各地的反貪機構推介指南。');
    expect(facts(ps, 'zh.joined')).toEqual(['MEMBER_OF iaaca->globe-network']);
    expect(byRule(ps, 'zh.joined')[0].properties).toMatchObject({ status: 'observer', since: '2024' });
    expect(byRule(run('香港特別行政區廉政專員於二零二二年當選聯合會主席，聯合會秘書處則設於廉署。'), 'zh.joined')).toEqual([]);
  });

  it('zh.partner-of: 聯合國毒罪辦是廉署……的戰略伙伴; not 發展戰略', () => {
    const ps = run('聯合國毒品和犯罪問題辦公室（聯合國毒罪辦）是廉署在國際合作上的戰略伙伴。');
    expect(byRule(ps, 'zh.partner-of')[0].properties.kind).toBe('strategic');
    expect(byRule(run('廉署亦配合國家“一帶一路”倡議及粵港澳大灣區（大灣區）發展戰略，利用香港的反貪經驗。'), 'zh.partner-of')).toEqual([]);
  });

  it('zh.cooperates-with: 廉政學院與聯合會攜手合作; not a list of speakers calling for co-operation', () => {
    expect(facts(run('緊接會議之後，廉政學院與聯合會攜手合作，為參與會議的反貪人員舉辦培訓課程。'), 'zh.cooperates-with')).toEqual([
      'COOPERATES_WITH hkiaac->iaaca',
    ]);
    const speakers = run(
      '行政長官、中共中央紀委副書記及國家監察委員會副主任、聯合國駐維也納辦事處總幹事暨聯合國毒罪辦執行主任、終審法院首席法官及律政司副司長等嘉賓在會上分別致辭，呼籲各地加強國際反貪合作，同時肯定香港及廉署對國際反貪發展的貢獻。',
    );
    expect(byRule(speakers, 'zh.cooperates-with')).toEqual([]);
  });

  it('zh.established and zh.established-by: 成立香港國際廉政學院; 由最高人民檢察院發起成立', () => {
    const a = run('廉署亦在二零二四年二月成立香港國際廉政學院（廉政學院）。');
    expect(facts(a, 'zh.established')).toEqual(['ESTABLISHED icac->hkiaac']);
    expect(byRule(a, 'zh.established-by')).toEqual([]);
    const b = run('國際反貪局聯合會於二零零六年由國家最高人民檢察院（最高檢）發起成立，是一個非政治性的國際反貪組織。');
    expect(facts(b, 'zh.established-by')).toEqual(['ESTABLISHED spp->iaaca']);
    expect(byRule(b, 'zh.established-by')[0].properties.date).toBe('2006');
    expect(byRule(b, 'zh.established')).toEqual([]);
  });

  it('zh.adopted: 聯合會……發表了《加強國際合作預防和打擊貪腐香港宣言》; not 以“香港”命名的反貪宣言', () => {
    const ps = run(
      '聯合會年內其中一項工作亮點是在與廉署合辦的“廉政公署第八屆國際會議”上，發表了《加強國際合作預防和打擊貪腐香港宣言》，呼籲世界各地的反貪機構加強反貪合作。',
    );
    expect(facts(ps, 'zh.adopted')).toEqual(['ADOPTED iaaca->hong-kong-declaration-2024']);
    expect(byRule(run('這是歷史上首次以“香港”命名的反貪宣言，於廉署成立五十周年發表，別具意義。'), 'zh.adopted')).toEqual([]);
  });

  it('zh.party-to: 《公約》對中國生效; not a description of the convention', () => {
    expect(facts(run('在二零零六年二月，《公約》對中國生效，並適用於香港特別行政區。'), 'zh.party-to')).toEqual(['PARTY_TO china->uncac']);
    expect(byRule(run('《聯合國反腐敗公約》是唯一一份具有法律約束力的國際性反腐敗法律文件。'), 'zh.party-to')).toEqual([]);
  });

  it('zh.held-in and zh.organiser-prefix: 出席於哈薩克斯坦阿斯塔納舉行的聯合國毒罪辦“……年會”', () => {
    const ps = run(
      '十月，廉政專員率團出席於哈薩克斯坦阿斯塔納舉行的聯合國毒罪辦“加快實施《聯合國反腐敗公約》中亞區域平台第一屆年會”，並與中亞國家的反貪領袖商討合作。',
    );
    expect(facts(ps, 'zh.held-in')).toEqual(['HELD_IN unodc-central-asia-platform-conference-1-2024->kazakhstan']);
    expect(facts(ps, 'zh.organiser-prefix')).toEqual(['HOSTED unodc->unodc-central-asia-platform-conference-1-2024']);
    const none = run('廉署在二零二四年五月與聯合會合辦“廉政公署第八屆國際會議”。');
    expect(byRule(none, 'zh.held-in')).toEqual([]);
    expect(byRule(none, 'zh.organiser-prefix')).toEqual([]);
  });

  it('zh.named-entity: 南非國家反貪諮詢局 as a new agency in South Africa; not 國際廉政組織', () => {
    const ps = run('例如聯合會在二零二四年三月與廉政學院攜手於香港為南非國家反貪諮詢局舉辦工作坊。', '2024', without('nacac-south-africa'));
    expect(
      byRule(ps, 'zh.named-entity')
        .filter((p) => p.kind === 'node')
        .map((p) => p.properties.name),
    ).toEqual(['南非國家反貪諮詢局']);
    expect(facts(ps, 'zh.named-entity.located-in')).toEqual(['LOCATED_IN 南非國家反貪諮詢局->south-africa']);
    expect(byRule(run('- 進一步擴闊國際網絡，聯繫更多海外反貪機構及國際廉政組織；'), 'zh.named-entity')).toEqual([]);
  });

  it('zh.quoted-name: “全球反腐敗與誠信論壇” as a new event; not a quoted theme', () => {
    const ps = run(
      '這些會議包括三月於法國巴黎舉行的經濟合作與發展組織“全球反腐敗與誠信論壇”。',
      '2024',
      without('oecd-global-anti-corruption-integrity-forum-2024'),
    );
    expect(byRule(ps, 'zh.quoted-name').map((p) => [p.label, p.properties.name])).toEqual([['Event', '全球反腐敗與誠信論壇']]);
    expect(facts(ps, 'zh.held-in')).toEqual(['HELD_IN 全球反腐敗與誠信論壇->france']);
    const theme = run('會議其中一個討論主題為“凝聚青年力量 創建廉潔世代”，讓年輕人發表聲音。', '2024', []);
    expect(byRule(theme, 'zh.quoted-name')).toEqual([]);
  });

  it('zh.aca-of-jurisdiction: 印度尼西亞及馬爾代夫反貪機構; not 世界各地的反貪機構', () => {
    const ps = run('廉政專員分別與印度尼西亞及馬爾代夫反貪機構的領導簽訂合作諒解備忘錄', '2024', without('aca-indonesia', 'aca-maldives'));
    expect(
      byRule(ps, 'zh.aca-of-jurisdiction')
        .filter((p) => p.kind === 'node')
        .map((p) => p.properties.name),
    ).toEqual(['Anti-corruption agency of Indonesia', 'Anti-corruption agency of Maldives']);
    expect(byRule(run('廉政學院亦為世界各地的反貪機構舉辦不同形式的專業培訓課程。'), 'zh.aca-of-jurisdiction')).toEqual([]);
  });
});
