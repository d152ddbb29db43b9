// Words for a chart point, shared by the tooltip, the details panel and the point list: the value
// as the source gives it ("at least 200", never "200" for "over 200"), its date and series.
import type { SourceRef } from '../../../../../server/shared/contracts.ts';
import type { Lang, Translate } from '../../../i18n/index.ts';
import { formatDate } from '../../../i18n/format.ts';
import { milestoneText } from './milestone-text.ts';
import { unitName } from './unit-name.ts';
import type { MilestoneCluster, PointRef } from './chart-series.ts';

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function refTitle(ref: PointRef, lang: Lang, t: Translate<'presenter'>): string {
  return t('pointTitle', { org: ref.orgName, series: unitName(lang, ref.series.label) });
}

/** The value in words. */
export function valueText(ref: PointRef, lang: Lang, t: Translate<'presenter'>): string {
  if (ref.kind === 'derived') {
    const p = ref.point;
    return t('valueCumulative', {
      n: p.count,
      unit: unitName(lang, ref.series.unit),
      added: p.added,
      removed: p.removed ? `, −${p.removed}` : '',
    });
  }
  const p = ref.point;
  const unit = unitName(lang, ref.series.unit);
  if (p.lowerBound) return t('valueLower', { n: p.count, unit });
  if (p.approx) return t('valueApprox', { n: p.count, unit });
  return t('valueExact', { n: p.count, unit });
}

export function dateText(ref: PointRef, lang: Lang): string {
  return ref.point.date ? formatDate(ref.point.date, lang) : '—';
}

export function sourceLine(s: SourceRef | undefined, id: string, lang: Lang): string {
  if (!s) return id;
  const date = s.date ? formatDate(s.date, lang) : s.dateText;
  return `${s.title}${s.publisher ? ` — ${s.publisher}` : ''}${date ? `, ${date}` : ''}`;
}

/** Tooltip HTML (escaped). */
export function pointTooltip(ref: PointRef, lang: Lang, t: Translate<'presenter'>, sources: Map<string, SourceRef>): string {
  const lines = [`<b>${esc(refTitle(ref, lang, t))}</b>`, esc(valueText(ref, lang, t)), esc(dateText(ref, lang))];
  if (ref.kind === 'published' && ref.point.derived) lines.push(`<i>${esc(t('valueComputed'))}</i>`);
  const src = ref.kind === 'published' ? ref.point.sources : ref.point.sources;
  if (src[0])
    lines.push(
      `<span style="opacity:.85">${esc(sourceLine(sources.get(src[0]), src[0], lang))}${src.length > 1 ? ` (+${src.length - 1})` : ''}</span>`,
    );
  lines.push(`<span style="opacity:.7">${esc(t('clickHint'))}</span>`);
  return lines.join('<br/>');
}

export function milestoneTooltip(c: MilestoneCluster, lang: Lang): string {
  return c.items.map((m) => `<b>${c.n}</b> · ${esc(formatDate(m.date, lang))} — ${esc(milestoneText(m, lang))}`).join('<br/>');
}
