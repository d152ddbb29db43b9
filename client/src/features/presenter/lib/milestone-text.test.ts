// Milestones in the interface language: Chinese names where the data has them, roles and
// captions from the catalogs, English kept only for names with no Chinese form in the data.
import { describe, expect, it } from 'vitest';
import { IAACA } from './fixtures/fixtures.ts';
import { milestoneShort, milestoneText, roleName } from './milestone-text.ts';

const find = (kind: string, date: string, by?: string) =>
  IAACA.milestones.find((m) => m.kind === kind && m.date === date && (!by || m.from.id === by))!;

describe('milestone text', () => {
  it('reads in Chinese: names, roles and dates', () => {
    const icac = find('role', '2022', 'icac');
    expect(milestoneText(icac, 'zh')).toBe('廉政公署：國際反貪局聯合會主席（2022年–）');
    expect(milestoneShort(icac, 'zh')).toBe('廉政公署 · 主席');
    expect(milestoneText(find('established', '2006'), 'zh')).toBe('最高人民檢察院成立國際反貪局聯合會');
    expect(milestoneText(find('adopted', '2024-05'), 'zh')).toBe('國際反貪局聯合會通過加強國際合作預防和打擊貪腐香港宣言');
    expect(
      milestoneText(
        IAACA.milestones.find((m) => m.to.nameZh === '廉政公署第八屆國際會議')!,
        'zh',
      ),
    ).toBe('廉政公署第八屆國際會議（國際反貪局聯合會：合辦）');
    expect(roleName('zh', 'President')).toBe('主席');
    expect(roleName('zh', 'delegate')).toBe('代表');
  });

  it('keeps an English name where the data has no Chinese one, with the role in Chinese', () => {
    const qatar = find('role', '2016', 'qatar-attorney-general');
    expect(milestoneText(qatar, 'zh')).toBe('Attorney General of Qatar：國際反貪局聯合會主席（2016年–2022年）');
    expect(milestoneShort(qatar, 'zh')).toBe('Attorney General of Qatar · 主席');
  });

  it('reads in English', () => {
    expect(milestoneText(find('role', '2022', 'icac'), 'en')).toBe('ICAC: President, IAACA (2022–)');
    expect(milestoneText(find('established', '2006'), 'en')).toBe('SPP established IAACA');
    expect(milestoneShort(find('role', '2016', 'qatar-attorney-general'), 'en')).toBe('Attorney General of Qatar · President');
    expect(roleName('en', 'an unknown role')).toBe('an unknown role');
  });
});
