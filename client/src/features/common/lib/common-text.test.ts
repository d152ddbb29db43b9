// Unit: the "Shared ties" panel's words from the data: names by language, a fact's properties in
// the reading language, and the plural headings of the groups in both languages.
import { describe, expect, it } from 'vitest';
import { fixedT } from '../../../i18n/index.ts';
import { entityName, factMeta, pickedName, sideName } from './common-text.ts';

const icac = { id: 'icac', label: 'Agency', name: 'Independent Commission Against Corruption', nameZh: '廉政公署', acronym: 'ICAC' };
const aca = { id: 'aca-indonesia', label: 'Agency', name: 'Corruption Eradication Commission' };

describe('common-ground text', () => {
  it('names an entity in the reading language, and a side by its acronym in English', () => {
    expect(entityName(icac, 'en')).toBe('Independent Commission Against Corruption');
    expect(entityName(icac, 'zh')).toBe('廉政公署');
    expect(entityName(aca, 'zh')).toBe('Corruption Eradication Commission');
    expect(sideName(icac, 'en')).toBe('ICAC');
    expect(sideName(icac, 'zh')).toBe('廉政公署');
    expect(sideName(aca, 'en')).toBe('Corruption Eradication Commission');
  });

  it('shows a role, dates and vocabulary values in the reading language, leaving out what says nothing', () => {
    expect(factMeta('en', { role: 'Vice-Chair Asia/Pacific', since: '2024-07', note: 'x' })).toEqual([
      'Role: Vice-Chair Asia/Pacific',
      'Since: Jul 2024',
    ]);
    expect(factMeta('zh', { role: 'delegate', date: '2024-05' })).toEqual(['角色: 代表', '日期: 2024年5月']);
    expect(factMeta('en', { status: 'member' })).toEqual([]);
    expect(factMeta('en', { status: 'observer' })).toEqual(['Status: observer']);
    expect(factMeta('en', { date: '2024', dateText: 'in 2024' })).toEqual(['Date: 2024']);
    expect(factMeta('en', { dateText: 'July (year of issue)' })).toEqual(['Date (as stated): July (year of issue)']);
  });

  it('names a picked id from what is known, else from the page, else leaves it to the caller', () => {
    expect(pickedName('icac', 'zh', [undefined, icac])).toBe('廉政公署');
    expect(pickedName('icac', 'zh', [icac], () => 'ICAC on the canvas')).toBe('廉政公署');
    expect(pickedName('wco', 'en', [icac], (id) => (id === 'wco' ? 'World Customs Organization' : undefined))).toBe(
      'World Customs Organization',
    );
    expect(pickedName('wco', 'en', [icac])).toBeUndefined();
    expect(pickedName(undefined, 'en', [icac])).toBeUndefined();
  });

  it('says "1 organisation" and "4 organisations"; Chinese has one form', () => {
    const en = fixedT('en', 'common-ground');
    expect(en('group.organisations', { count: 1 })).toBe('1 organisation both belong to');
    expect(en('group.organisations', { count: 4 })).toBe('4 organisations both belong to');
    expect(en('direct', { count: 1 })).toBe('1 direct tie between them');
    const zh = fixedT('zh', 'common-ground');
    expect(zh('group.organisations', { count: 4 })).toBe('兩者同屬的 4 個組織');
    expect(zh('group.events', { count: 1 })).toBe('兩者均有出席或主辦的 1 項活動');
  });
});
