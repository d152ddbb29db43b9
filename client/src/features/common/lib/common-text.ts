// The words of the "Shared ties" panel that come from the data: names in the reading language,
// a side's short name, a fact's properties worth a glance (role, status, dates …), how many items
// are shared.
import type { CommonEntity, CommonGroundResponse, NodeRef } from '../../../../../server/shared/contracts.ts';
import type { Lang } from '../../../i18n/index.ts';
import { formatDate } from '../../../i18n/format.ts';
import { propName, valueName } from '../../../i18n/model.ts';

type Named = Pick<CommonEntity, 'name' | 'nameZh'> & { acronym?: string };

/** The full name in the reading language: the Chinese name in Chinese when there is one. */
export function entityName(e: Named, lang: Lang): string {
  return lang === 'zh' && e.nameZh ? e.nameZh : e.name;
}

/** A side's name where it labels facts: the Chinese name in Chinese, else the acronym (ICAC, C&ED), else the name. */
export function sideName(e: Named, lang: Lang): string {
  if (lang === 'zh' && e.nameZh) return e.nameZh;
  return e.acronym || e.name;
}

/** Properties of a fact shown beside its type, in this order; `dateText` only when there is no date. */
const FACT_PROPS = ['role', 'status', 'kind', 'since', 'until', 'date', 'signed', 'ratified', 'actionType', 'topic', 'dateText'] as const;
const DATE_PROPS = new Set(['since', 'until', 'date', 'signed', 'ratified']);

/** "Role: Vice-Chair Asia/Pacific", "Since: Jul 2024" … in the reading language. A plain membership's status ("member") says nothing the type does not. */
export function factMeta(lang: Lang, props: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const k of FACT_PROPS) {
    const v = props[k];
    if (v === null || v === undefined || v === '') continue;
    if (k === 'status' && v === 'member') continue;
    if (k === 'dateText' && props.date) continue;
    const text = typeof v === 'string' ? (DATE_PROPS.has(k) ? formatDate(v, lang) : valueName(lang, k, v)) : String(v);
    out.push(`${propName(lang, k)}: ${text}`);
  }
  return out;
}

/** Items shared, over every group (direct ties are not "in common": they are listed apart). */
export function sharedCount(r: CommonGroundResponse): number {
  return r.groups.reduce((n, g) => n + g.total, 0);
}

/**
 * The name to show for a picked id: from the answer or a node lookup (`known`), else the name the
 * page knows (`nameOf`: the canvas), else undefined (the caller shows the id once the lookup is done).
 */
export function pickedName(
  id: string | undefined,
  lang: Lang,
  known: (CommonEntity | NodeRef | undefined)[],
  nameOf?: (id: string) => string | undefined,
): string | undefined {
  if (!id) return undefined;
  const e = known.find((k) => k?.id === id);
  return e ? entityName(e, lang) : nameOf?.(id);
}
