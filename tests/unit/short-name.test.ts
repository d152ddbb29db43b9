// Short display names: the rule of server/shared/short-name.ts on the seed's own long names.
import { describe, expect, it } from 'vitest';
import { cutAtWord, shortNameOf, shortNames, withAcronyms, type ShortNameInput } from '../../server/shared/short-name.ts';

const ICAC = { name: 'Independent Commission Against Corruption', acronym: 'ICAC', nameZh: '廉政公署' };
const mou = (country: string, date: string, extra: Partial<ShortNameInput> = {}): ShortNameInput => ({
  id: `mou-icac-aca-${country.toLowerCase()}`,
  label: 'Agreement',
  name: `MoU between the ICAC and the anti-corruption agency of ${country} (2024)`,
  kind: 'mou',
  date,
  parties: [ICAC, { name: `Anti-corruption agency of ${country}`, place: country }],
  ...extra,
});

describe('short names', () => {
  it('names an MoU by its counterpart and date, so look-alike MoUs are told apart', () => {
    const names = shortNames([mou('Indonesia', '2024-09'), mou('Maldives', '2024-09'), mou('Kazakhstan', '2024-05')]);
    expect(names.get('mou-icac-aca-indonesia')!.shortName).toBe('MoU · Indonesia · 2024-09');
    expect(names.get('mou-icac-aca-maldives')!.shortName).toBe('MoU · Maldives · 2024-09');
    expect(new Set([...names.values()].map((n) => n.shortName)).size).toBe(3);
  });

  it('uses acronyms, places for agencies named after their place, and Chinese names in Chinese', () => {
    const n = shortNameOf({
      ...mou('X', '2024-05'),
      parties: [ICAC, { name: 'United Nations Office on Drugs and Crime', acronym: 'UNODC', nameZh: '聯合國毒品和犯罪問題辦公室' }],
    });
    expect(n.shortName).toBe('MoU · UNODC · 2024-05');
    expect(n.shortNameZh).toBe('UNODC諒解備忘錄（2024年5月）');
    const place = shortNameOf({
      ...mou('Maldives', '2024-09'),
      parties: [ICAC, { name: 'Anti-corruption agency of Maldives', place: 'Maldives', placeZh: '馬爾代夫' }],
    });
    expect(place.shortNameZh).toBe('馬爾代夫諒解備忘錄（2024年9月）');
    // A name that is not a description of its place stays the name.
    const ag = shortNameOf({ ...mou('Qatar', '2024-05'), parties: [ICAC, { name: 'Attorney General of Qatar', place: 'Qatar' }] });
    expect(ag.shortName).toBe('MoU · Qatar · 2024-05');
    const named = shortNameOf({ ...mou('Fiji', '2024-05'), parties: [ICAC, { name: 'Fiji Independent Commission', place: 'Fiji' }] });
    expect(named.shortName).toBe('MoU · Fiji Independent Commission · 2024-05');
  });

  it('keeps a name that fits, and falls back to the generic rule for more than two parties', () => {
    expect(shortNameOf({ id: 'e', label: 'Event', name: '8th ICAC Symposium', date: '2024-05' })).toEqual({});
    const three = shortNameOf({ ...mou('X', '2024-05'), name: 'A'.repeat(60), parties: [ICAC, { name: 'A' }, { name: 'B' }] });
    expect(three.shortName).toBe(`${'A'.repeat(47)}… (2024)`);
    expect(shortNameOf({ id: 'p', label: 'Person', name: 'A very long name of somebody who is a person and more' })).toEqual({});
  });

  it('shortens long event names: acronyms for named organisations, no trailing parenthesis, the year', () => {
    const acronyms = [{ name: 'Anti-Corruption Initiative for Asia and the Pacific', acronym: 'ADB/OECD ACI' }];
    const conf = shortNameOf(
      {
        id: 'c',
        label: 'Event',
        name: '2024 regional conference of the Anti-Corruption Initiative for Asia and the Pacific',
        date: '2024',
      },
      acronyms,
    );
    expect(conf.shortName).toBe('2024 regional conference of the ADB/OECD ACI');
    expect(withAcronyms('a meeting of the Anti-Corruption Initiative for Asia and the Pacific', acronyms)).toBe(
      'a meeting of the ADB/OECD ACI',
    );
    const wg = shortNameOf({
      id: 'wg',
      label: 'Event',
      name: 'Meeting of the Open-ended Intergovernmental Working Group on the Prevention of Corruption of the UNCAC (June 2023)',
      date: '2023-06',
    });
    expect(wg.shortName).toBe('Meeting of the Open-ended Intergovernmental… (2023)');
  });

  it('tells apart names that come out the same, by month and else by number', () => {
    const long = 'Meeting of the Open-ended Intergovernmental Working Group on the Prevention of Corruption';
    const a = { id: 'a', label: 'Event', name: `${long} (June 2023)`, date: '2023-06' };
    const b = { ...a, id: 'b', name: `${long} (Sept 2023)`, date: '2023-09' };
    const names = shortNames([a, b]);
    expect(names.get('a')!.shortName).toBe('Meeting of the Open-ended Intergovernmental… (2023) [2023-06]');
    expect(names.get('b')!.shortName).toBe('Meeting of the Open-ended Intergovernmental… (2023) [2023-09]');
    const numbered = shortNames([
      { ...b, id: 'c', date: '2023' },
      { ...b, id: 'd', date: '2023' },
    ]);
    expect([numbered.get('c')!.shortName, numbered.get('d')!.shortName]).toEqual([
      'Meeting of the Open-ended Intergovernmental… (2023) [1]',
      'Meeting of the Open-ended Intergovernmental… (2023) [2]',
    ]);
  });

  it('shortens Chinese names over the limit and cuts at word boundaries', () => {
    const n = shortNameOf({
      id: 'u',
      label: 'Event',
      name: 'x',
      nameZh: '加快實施《聯合國反腐敗公約》中亞區域平台第一屆年會及其他很長很長的名稱',
      date: '2024-10',
    });
    expect(n.shortNameZh!.length).toBeLessThanOrEqual(26);
    expect(n.shortNameZh).toMatch(/…$/);
    expect(shortNameOf({ id: 'v', label: 'Event', name: 'x', nameZh: '加快實施《聯合國反腐敗公約》中亞區域平台第一屆年會' })).toEqual({});
    expect(cutAtWord('Anti-Corruption Initiative for Asia and the Pacific', 20)).toBe('Anti-Corruption…');
    expect(cutAtWord('Anti-Corruption Initiative for Asia and the Pacific', 38)).toBe('Anti-Corruption Initiative for Asia…');
  });
});
