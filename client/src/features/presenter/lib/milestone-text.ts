// A milestone in the interface language, built from its parts (kind, both ends, role, dates)
// rather than the server's English caption: names in Chinese where the data has them (`nameZh`;
// a name with no Chinese form in the data stays English), roles from the model's vocabulary
// (common `values.role`), dates in words. Two lengths: the full caption
// for lists and footnotes, and a short one for the chart, always whole words (never cut with "…":
// the chart leaves out a caption it has no room for and keeps the number).
import type { Milestone, MilestoneEnd } from '../../../../../server/shared/contracts.ts';
import { fixedT, type Lang } from '../../../i18n/index.ts';
import { formatDate } from '../../../i18n/format.ts';
import { valueName } from '../../../i18n/model.ts';

/** An end of a milestone by its name in the language: Chinese name, else acronym, else name. */
export function endName(e: MilestoneEnd, lang: Lang, short = true): string {
  if (lang === 'zh' && e.nameZh) return e.nameZh;
  return short && e.acronym ? e.acronym : e.name;
}

/** A role or a part played ("President", "co-host") in the language; an unknown one as stored. */
export function roleName(lang: Lang, role: string): string {
  return valueName(lang, 'role', role);
}

/** The full caption: "ICAC: President, IAACA (2022–)", "廉政公署：國際反貪局聯合會主席（2022年–）". */
export function milestoneText(m: Milestone, lang: Lang): string {
  const t = fixedT(lang, 'presenter');
  const from = endName(m.from, lang);
  const to = endName(m.to, lang);
  switch (m.kind) {
    case 'role':
      return t('msRole', {
        from,
        to,
        role: roleName(lang, m.role ?? t('milestoneRole')),
        since: formatDate(m.date, lang),
        until: m.until ? formatDate(m.until, lang) : '',
      });
    case 'established':
      return t('msEstablished', { from, to });
    case 'adopted':
      return t('msAdopted', { from, to: endName(m.to, lang, false) });
    case 'signed':
      return t('msSigned', { from, to: endName(m.to, lang, false) });
    case 'hosted': {
      const event = endName(m.to, lang, false);
      return m.role && m.role !== 'host'
        ? t('msHostedRole', { event, from, role: roleName(lang, m.role) })
        : t('msHosted', { event, from });
    }
  }
  return m.title;
}

/** A few whole words for the chart: "ICAC · President", "SPP founds IAACA", an event's name. */
export function milestoneShort(m: Milestone, lang: Lang): string {
  const t = fixedT(lang, 'presenter');
  const from = endName(m.from, lang);
  const to = endName(m.to, lang);
  switch (m.kind) {
    case 'role':
      return t('msShortRole', { from, role: roleName(lang, m.role ?? t('milestoneRole')) });
    case 'established':
      return t('milestoneFounds', { from, to });
    case 'adopted':
      return t('msShortAdopted', { from, to });
    case 'signed':
      return t('msShortSigned', { from, to });
    case 'hosted':
      return endName(m.to, lang, false);
  }
  return m.title;
}
