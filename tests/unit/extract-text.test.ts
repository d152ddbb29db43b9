// Unit: the extractor's text layer — sentences with offsets (English and Chinese punctuation),
// dates in every form (kept partial when partial, relative ones resolved against the document's
// date), counts with their qualifier, and mentions of known entities across Chinese scripts,
// spacing, punctuation and case, with offsets into the original text.
import { describe, expect, it } from 'vitest';
import { findCounts } from '../../server/curation/extract/counts.ts';
import { chineseNumber, findDates } from '../../server/curation/extract/dates.ts';
import { MentionMatcher, toHongKongScript } from '../../server/curation/extract/mentions.ts';
import { seedGraph, snapshotOf } from '../../server/curation/extract/seed-snapshot.ts';
import { splitSentences } from '../../server/curation/extract/sentences.ts';

describe('sentences', () => {
  it('splits English at . ! ? and Chinese at 。！？； with offsets into the text', () => {
    const text = '  Mr. Lee met Ms Sun. It went well! 廉署在二零二四年五月簽署備忘錄。雙方同意；再見？';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual([
      'Mr. Lee met Ms Sun.',
      'It went well!',
      '廉署在二零二四年五月簽署備忘錄。',
      '雙方同意；',
      '再見？',
    ]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
  it('keeps a hard-wrapped sentence whole and breaks at paragraph lines', () => {
    const text =
      'The two sides signed a co-operative\narrangement on drug detector dogs.\n- (1) to promote the GBA;\n- (2) to accelerate co-operation';
    expect(splitSentences(text).map((x) => x.text)).toEqual([
      'The two sides signed a co-operative\narrangement on drug detector dogs.',
      '- (1) to promote the GBA;',
      '- (2) to accelerate co-operation',
    ]);
  });
  it('does not split inside "U.N." style initials or after abbreviations', () => {
    expect(splitSentences('See e.g. the report. Then J. Smith spoke.').map((x) => x.text)).toEqual([
      'See e.g. the report.',
      'Then J. Smith spoke.',
    ]);
  });
});

describe('dates', () => {
  const d = (text: string, doc?: string) => findDates(text, doc).map((x) => x.value);
  it('reads English forms: day month year, month day year, month year, year', () => {
    expect(d('8 September 2025')).toEqual(['2025-09-08']);
    expect(d('September 8, 2025')).toEqual(['2025-09-08']);
    expect(d('Ends/Wednesday, July 2, 2025')).toEqual(['2025-07-02']);
    expect(d('in May 2024')).toEqual(['2024-05']);
    expect(d('was first held in 2000.')).toEqual(['2000']);
  });
  it('takes the year of "September 8", "May this year", "June last year" from the document date', () => {
    expect(d('today (September 8)', '2025-07-02')).toEqual(['2025-07-02', '2025-09-08']);
    expect(d('In May this year, the C&ED hosted', '2025-07-02')).toEqual(['2025-05']);
    expect(d('which was elected in June last year', '2025-05-19')).toEqual(['2024-06']);
    expect(d('During the year, it joined', '2024')).toEqual(['2024']);
  });
  it('resolves "today" / 今日 only as precisely as the document date is known', () => {
    expect(d('held in Hong Kong today (November 27)', '2024-11-27')).toEqual(['2024-11-27', '2024-11-27']);
    expect(d('今日', '2025-05-19')).toEqual(['2025-05-19']);
    expect(d('today', '2023')).toEqual(['2023']);
    expect(d('today')).toEqual([]);
  });
  it('reads Chinese forms: 2025年9月8日, 二零二四年五月, 二〇二四年, 九月 and 年內', () => {
    expect(d('2025年9月8日')).toEqual(['2025-09-08']);
    expect(d('雙方在二零二四年五月簽署')).toEqual(['2024-05']);
    expect(d('二〇二四年')).toEqual(['2024']);
    expect(d('二零二四年')).toEqual(['2024']);
    expect(d('於八月派員', '2024')).toEqual(['2024-08']);
    expect(d('聯合會年內以觀察員身分加入', '2024')).toEqual(['2024']);
    expect(d('於二零二四年九月再與', '2024')).toEqual(['2024-09']);
  });
  it('marks "since" dates, drops impossible days, and leaves year ranges of names alone', () => {
    const since = findDates('Since July 2024, the C&ED ... 廉署自二零二二年起擔任');
    expect(since.map((x) => [x.value, x.since])).toEqual([
      ['2024-07', true],
      ['2022', true],
    ]);
    // An impossible day is dropped; the month it names stays.
    expect(d('30 February 2024')).toEqual(['2024-02']);
    expect(d('the 2025-2026 Co-operation Plan')).toEqual([]);
  });
  it('reads Chinese numerals', () => {
    expect([
      chineseNumber('二零二四'),
      chineseNumber('十二'),
      chineseNumber('二十八'),
      chineseNumber('三十一'),
      chineseNumber('十'),
    ]).toEqual([2024, 12, 28, 31, 10]);
  });
});

describe('counts', () => {
  const c = (s: string) => findCounts(s).map((x) => [x.count, x.unit, x.qualifier, x.membership]);
  it('reads member counts with their qualifier: over / more than -> ≥, nearly / about -> ≈', () => {
    expect(c('The WCO has over 180 member organisations.')).toEqual([[180, 'member organisations', '≥', true]]);
    expect(c('The UNCAC has more than 170 member states.')).toEqual([[170, 'member states', '≥', true]]);
    expect(c('With over 200 members worldwide, it aims to foster collaboration')).toEqual([[200, 'members', '≥', true]]);
    expect(c('In 2024, the ICAC received nearly 130 delegations around the world, sharing with over 2 600 officials')).toEqual([
      [130, 'delegations', '≈', false],
      [2600, 'officials', '≥', false],
    ]);
  });
  it('reads "membership grew from 122 ... to 180" as two member counts, the second as of the document', () => {
    const counts = findCounts(
      "Through sustained efforts, the IAACA's membership grew from 122 in early 2022, when the Commissioner assumed the presidency, to 180.",
    );
    expect(counts.map((x) => [x.count, x.membership, x.latest ?? false])).toEqual([
      [122, true, false],
      [180, true, true],
    ]);
  });
  it('reads Chinese counts: 185個海關, 成員逾 200 個, 近 60 個司法管轄區, 由122個增加至180個', () => {
    expect(c('世界海關組織有185個海關成員')).toEqual([[185, 'customs administrations', '=', true]]);
    expect(c('全球機構成員逾 200 個，旨在促進')).toEqual([[200, 'members', '≥', true]]);
    expect(c('吸引來自近 60 個司法管轄區的 180 個與反貪工作相關機構的逾 500 名代表參與')).toEqual([
      [60, 'jurisdictions', '≈', false],
      [180, 'organisations', '=', false],
      [500, 'delegates', '≥', false],
    ]);
    expect(c('聯合會的會員機構數目已經由二零二二年初廉政專員接任聯合會主席時的122個，增加至180個。')).toEqual([
      [122, 'members', '=', true],
      [180, 'members', '=', true],
    ]);
  });
  it('does not read years, names or ordinals as counts', () => {
    expect(c('In 2024 delegates met')).toEqual([]);
    expect(c('“一帶一路”國家')).toEqual([]);
    expect(c('the 8th ICAC Symposium in May 2024')).toEqual([]);
  });
});

describe('mentions of known entities', () => {
  const matcher = new MentionMatcher(snapshotOf(seedGraph().docs).known);
  const ids = (text: string) => matcher.find(text).map((m) => [text.slice(m.start, m.end), m.id]);
  it('matches Simplified Chinese against the Traditional names in the graph', () => {
    expect(toHongKongScript('廉政公署 香港海关 国际反贪局联合会')).toBe('廉政公署 香港海關 國際反貪局聯合會');
    expect(ids('廉政公署与香港海关及国际反贪局联合会合作')).toEqual([
      ['廉政公署', 'icac'],
      ['香港海关', 'customs-hk'],
      ['国际反贪局联合会', 'iaaca'],
    ]);
    expect(ids('联合国毒品和犯罪问题办公室（联合国毒罪办）')).toEqual([['联合国毒品和犯罪问题办公室（联合国毒罪办）', 'unodc']]);
  });
  it('matches across spacing, punctuation and case, keeping offsets into the original text', () => {
    expect(ids('the GlobE網絡 and GLOBE NETWORK')).toEqual([
      ['GlobE網絡', 'globe-network'],
      ['GLOBE NETWORK', 'globe-network'],
    ]);
    expect(ids('the World Customs Organisation and the Independent  Commission against-Corruption')).toEqual([
      ['World Customs Organisation', 'wco'],
      ['Independent  Commission against-Corruption', 'icac'],
    ]);
    expect(ids("General Administration of Customs of People's Republic of China")).toEqual([
      ["General Administration of Customs of People's Republic of China", 'gacc'],
    ]);
  });
  it('prefers the longest name and respects word boundaries for acronyms', () => {
    expect(ids('the 8th ICAC Symposium; 香港國際廉政學院; 中國香港')).toEqual([
      ['8th ICAC Symposium', 'icac-symposium-8-2024'],
      ['香港國際廉政學院', 'hkiaac'],
      ['中國香港', 'hk'],
    ]);
    expect(ids('ICACs and icac and HKIAACX')).toEqual([]);
    expect(ids('the C&ED and the ICAC’s officers')).toEqual([
      ['C&ED', 'customs-hk'],
      ['ICAC', 'icac'],
    ]);
  });
  it('names people by title and one name, a full name winning', () => {
    expect(ids("Ms Ho welcomed Mr Wang's visit; Ms Louise Ho")).toEqual([
      ['Ms Ho', 'louise-ho'],
      ['Mr Wang', 'wang-lingjun'],
      ['Louise Ho', 'louise-ho'],
    ]);
  });
});
