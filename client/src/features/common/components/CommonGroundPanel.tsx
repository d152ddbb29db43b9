// "Shared ties": pick two entities and see at once what they share — the organisations both
// belong to, the events both attended or hosted, the agreements both signed, their common partners
// and places, and the ties between them — each shared item with both sides' facts (type, role,
// dates), evidence and the documents that state them. Facts that hold only through a
// jurisdiction's membership, and those resting on reference data only, are marked.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMON_GROUND_TYPES, COMMON_GROUPS, type CommonGroup } from '../../../../../server/shared/common-ground.ts';
import type {
  CommonEntity,
  CommonFact,
  CommonGroundResponse,
  CommonGroupResult,
  CommonItem,
  CommonTie,
  SourceRef,
} from '../../../../../server/shared/contracts.ts';
import { retryApi } from '../../../api/cache.ts';
import { EntityCombobox } from '../../../components/EntityCombobox.tsx';
import { ApiErrorNotice, EmptyState, Spinner } from '../../../components/Feedback.tsx';
import { Icon } from '../../../components/Icon.tsx';
import { LabelGlyph } from '../../../components/LabelGlyph.tsx';
import { toLocale, type Lang, type Translate } from '../../../i18n/index.ts';
import { formatDate } from '../../../i18n/format.ts';
import { typeName } from '../../../i18n/model.ts';
import { entityName, factMeta, pickedName, sharedCount, sideName } from '../lib/common-text.ts';
import { useCommonGround, type CommonPair } from '../lib/use-common-ground.ts';
import './common-ground.css';

export interface CommonGroundPanelProps {
  lang: Lang;
  /** The entities compared (the view state's, in the URL); `b` absent while the second is to be picked. */
  pair?: CommonPair;
  /** The name of an entity the page already knows (on the canvas), in the reading language. */
  nameOf?: (id: string) => string | undefined;
  /** Every source (GET /api/sources), to cite facts by title. */
  sources: Map<string, SourceRef>;
  /** Pick the entities: `b` absent when only the first is known. */
  onPick: (a: string, b?: string) => void;
  onSwap: () => void;
  onClear: () => void;
  /** Show an entity on the network and select it. */
  onNavigate: (id: string) => void;
  onOpenSource: (id: string) => void;
}

type T = Translate<'common-ground'>;

interface Ctx {
  t: T;
  lang: Lang;
  sources: Map<string, SourceRef>;
  onNavigate: (id: string) => void;
  onOpenSource: (id: string) => void;
}

function Citations({ ctx, ids }: { ctx: Ctx; ids: string[] }) {
  if (!ids.length) return null;
  return (
    <ul className="cg-citations">
      {ids.map((id) => {
        // While the list of sources loads, a neutral word rather than a raw id.
        const title = ctx.sources.get(id)?.title ?? (ctx.sources.size === 0 ? ctx.t('sourcePending') : id);
        return (
          <li key={id} data-source={id}>
            <button type="button" className="link cg-citation" onClick={() => ctx.onOpenSource(id)} title={ctx.t('openSource', { title })}>
              <Icon name="doc" size={12} />
              <span>{title}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function Flags({ ctx, indirect, reference }: { ctx: Ctx; indirect?: boolean; reference?: boolean }) {
  return (
    <>
      {indirect && (
        <span className="chip cg-chip-indirect" title={ctx.t('indirectTitle')} data-flag="indirect">
          {ctx.t('indirect')}
        </span>
      )}
      {reference && (
        <span className="chip chip-muted" title={ctx.t('referenceTitle')} data-flag="reference">
          {ctx.t('referenceOnly')}
        </span>
      )}
    </>
  );
}

/** One fact of one side: → type, its role and dates, through what, evidence, sources. */
function FactLine({ ctx, fact, side, item }: { ctx: Ctx; fact: CommonFact; side: CommonEntity; item: CommonEntity }) {
  const { t, lang } = ctx;
  const meta = factMeta(lang, fact.properties);
  const out = fact.direction === 'out';
  const dir = t(
    'dirLabel',
    out ? { from: sideName(side, lang), to: entityName(item, lang) } : { from: entityName(item, lang), to: sideName(side, lang) },
  );
  const through = fact.through;
  return (
    <li className="cg-fact" data-fact={fact.id} data-indirect={fact.indirect || undefined} data-reference={fact.reference || undefined}>
      <div className="cg-fact-head">
        <span className="cg-fact-type">
          <span className="cg-dir" role="img" aria-label={dir} title={dir}>
            {out ? '→' : '←'}
          </span>{' '}
          {through?.kind === 'agreement' ? t('coSigned') : typeName(lang, fact.type)}
        </span>
        {through?.kind === 'agreement' && (
          <button type="button" className="link cg-through-link" onClick={() => ctx.onNavigate(through.entity.id)}>
            {entityName(through.entity, lang)}
          </button>
        )}
        <Flags ctx={ctx} indirect={fact.indirect} reference={fact.reference} />
      </div>
      {through?.kind === 'jurisdiction' && (
        <div className="cg-through" data-through={through.entity.id}>
          {t('throughJurisdiction', { name: entityName(through.entity, lang) })}
        </div>
      )}
      {meta.length > 0 && <div className="cg-fact-meta">{meta.join(' · ')}</div>}
      {fact.evidence && <blockquote className="evidence cg-evidence">“{fact.evidence}”</blockquote>}
      <Citations ctx={ctx} ids={fact.sources} />
    </li>
  );
}

function SideFacts({
  ctx,
  side,
  which,
  facts,
  item,
}: {
  ctx: Ctx;
  side: CommonEntity;
  which: 'a' | 'b';
  facts: CommonFact[];
  item: CommonEntity;
}) {
  return (
    <div className={`cg-side cg-side-${which}`} data-side={which}>
      <span className={`cg-side-name cg-pill-${which}`} title={entityName(side, ctx.lang)}>
        {sideName(side, ctx.lang)}
      </span>
      <ul className="cg-facts">
        {facts.map((f) => (
          <FactLine key={`${f.id}|${f.through?.entity.id ?? ''}`} ctx={ctx} fact={f} side={side} item={item} />
        ))}
      </ul>
    </div>
  );
}

function ItemCard({ ctx, data, item }: { ctx: Ctx; data: CommonGroundResponse; item: CommonItem }) {
  const { t, lang } = ctx;
  const name = entityName(item.entity, lang);
  return (
    <li
      className="cg-item"
      data-item={item.entity.id}
      data-indirect={item.indirect || undefined}
      data-reference={item.reference || undefined}
    >
      <div className="cg-item-head">
        <button
          type="button"
          className="link cg-item-name"
          onClick={() => ctx.onNavigate(item.entity.id)}
          title={t('showOnNetwork', { name })}
        >
          <LabelGlyph label={item.entity.label} size={14} />
          <span lang={toLocale(lang === 'zh' && item.entity.nameZh ? 'zh' : 'en')}>{name}</span>
        </button>
        {item.entity.date && <span className="cg-item-date muted">{formatDate(item.entity.date, lang)}</span>}
        <Flags ctx={ctx} indirect={item.indirect} reference={item.reference} />
      </div>
      <SideFacts ctx={ctx} side={data.a} which="a" facts={item.a} item={item.entity} />
      <SideFacts ctx={ctx} side={data.b} which="b" facts={item.b} item={item.entity} />
    </li>
  );
}

function DirectTies({ ctx, data }: { ctx: Ctx; data: CommonGroundResponse }) {
  const { t, lang } = ctx;
  return (
    <section className="cg-group" data-group="direct" aria-labelledby="cg-direct">
      <h3 id="cg-direct" className="cg-group-title">
        {t('direct', { count: data.direct.length })}
      </h3>
      <ul className="cg-ties">
        {data.direct.map((tie: CommonTie) => {
          const [from, to] = tie.from === 'a' ? [data.a, data.b] : [data.b, data.a];
          const meta = factMeta(lang, tie.properties);
          return (
            <li key={tie.id} className="cg-fact cg-tie" data-fact={tie.id} data-reference={tie.reference || undefined}>
              <div className="cg-fact-head">
                <span className={`cg-side-name cg-pill-${tie.from}`}>{sideName(from, lang)}</span>
                <span className="cg-fact-type">
                  <span aria-hidden="true">→</span> {typeName(lang, tie.type)}
                </span>
                <span className={`cg-side-name cg-pill-${tie.from === 'a' ? 'b' : 'a'}`}>{sideName(to, lang)}</span>
                <Flags ctx={ctx} reference={tie.reference} />
              </div>
              {meta.length > 0 && <div className="cg-fact-meta">{meta.join(' · ')}</div>}
              {tie.evidence && <blockquote className="evidence cg-evidence">“{tie.evidence}”</blockquote>}
              <Citations ctx={ctx} ids={tie.sources} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function GroupSection({ ctx, data, group }: { ctx: Ctx; data: CommonGroundResponse; group: CommonGroupResult }) {
  const { t } = ctx;
  const id = `cg-group-${group.group}`;
  return (
    <section className="cg-group" data-group={group.group} aria-labelledby={id}>
      <h3 id={id} className="cg-group-title">
        {t(`group.${group.group}`, { count: group.total })}
      </h3>
      <ul className="cg-items">
        {group.items.map((item) => (
          <ItemCard key={item.entity.id} ctx={ctx} data={data} item={item} />
        ))}
      </ul>
      {group.total > group.items.length && <p className="hint">{t('moreItems', { shown: group.items.length, total: group.total })}</p>}
    </section>
  );
}

function Explanation({ t, lang }: { t: T; lang: Lang }) {
  const types = (g: CommonGroup) => COMMON_GROUND_TYPES[g].map((x) => typeName(lang, x)).join(lang === 'zh' ? '、' : ', ');
  return (
    <details className="cg-explain" data-testid="common-explain">
      <summary>{t('explainTitle')}</summary>
      <ul>
        <li>{t('explain.direct')}</li>
        {COMMON_GROUPS.map((g) => (
          <li key={g}>{t(`explain.${g}`, { types: types(g) })}</li>
        ))}
      </ul>
      <p>{t('referenceNote')}</p>
    </details>
  );
}

function Results({ ctx, data }: { ctx: Ctx; data: CommonGroundResponse }) {
  const { t, lang } = ctx;
  const shared = sharedCount(data);
  const empty = data.groups.filter((g) => g.total === 0).map((g) => t(`groupName.${g.group}`));
  const list = new Intl.ListFormat(toLocale(lang), { type: 'disjunction' });
  if (shared === 0 && data.direct.length === 0) {
    return (
      <EmptyState title={t('nothingTitle')} icon={<Icon name="shared" size={28} />}>
        <p>{t('nothingBody')}</p>
      </EmptyState>
    );
  }
  return (
    <div className="cg-results" data-testid="common-results">
      <p className="cg-summary" role="status">
        {t('summary', { a: sideName(data.a, lang), b: sideName(data.b, lang), count: shared })}
      </p>
      {data.direct.length > 0 && <DirectTies ctx={ctx} data={data} />}
      {data.groups
        .filter((g) => g.total > 0)
        .map((g) => (
          <GroupSection key={g.group} ctx={ctx} data={data} group={g} />
        ))}
      {(empty.length > 0 || data.direct.length === 0) && (
        <p className="hint cg-none" data-testid="common-none">
          {[empty.length > 0 ? t('noneShared', { groups: list.format(empty) }) : '', data.direct.length === 0 ? t('noDirect') : '']
            .filter(Boolean)
            .join(' ')}
        </p>
      )}
    </div>
  );
}

export function CommonGroundPanel(p: CommonGroundPanelProps) {
  const { lang, pair } = p;
  const { t } = useTranslation('common-ground', { lng: toLocale(lang) });
  const { url, entry, names } = useCommonGround(pair);
  // A second entity picked before the first: held here until the first is picked.
  const [pendingB, setPendingB] = useState<string>();
  const data = entry?.data && pair && entry.data.a.id === pair.a && entry.data.b.id === pair.b ? entry.data : undefined;
  const known = [data?.a, data?.b, ...(names?.data?.nodes ?? [])];
  const a = pair?.a;
  const b = pair?.b ?? (pair ? undefined : pendingB);
  const ctx: Ctx = { t, lang, sources: p.sources, onNavigate: p.onNavigate, onOpenSource: p.onOpenSource };
  // Never a bare id while its name is being looked up; the id once the lookup found nothing.
  const nameFor = (id: string | undefined) =>
    id === undefined ? undefined : (pickedName(id, lang, known, p.nameOf) ?? (names?.status === 'loading' ? '' : id));

  const pickA = (id: string) => {
    // Picking the other one's entity swaps the two.
    if (id === b) p.onPick(id, a);
    else p.onPick(id, b);
    setPendingB(undefined);
  };
  const pickB = (id: string) => {
    if (!a) setPendingB(id);
    else if (id === a) p.onPick(b ?? id, b ? a : undefined);
    else p.onPick(a, id);
  };

  return (
    <div className="common-ground" data-testid="common-ground">
      <h2 className="cg-title">{t('title')}</h2>
      <div className="cg-form">
        <EntityCombobox
          lang={lang}
          label={t('pickA')}
          showLabel
          placeholder={t('pick')}
          value={nameFor(a)}
          onPick={(h) => pickA(h.id)}
          testId="common-a"
        />
        <div className="cg-form-row">
          <button type="button" className="btn btn-ghost btn-small" onClick={p.onSwap} disabled={!a || !b} data-testid="common-swap">
            <Icon name="swap" size={14} /> {t('swap')}
          </button>
          {(a || b) && (
            <button
              type="button"
              className="btn btn-ghost btn-small"
              onClick={() => {
                setPendingB(undefined);
                p.onClear();
              }}
            >
              <Icon name="close" size={14} /> {t('clear')}
            </button>
          )}
        </div>
        <EntityCombobox
          lang={lang}
          label={t('pickB')}
          showLabel
          placeholder={t('pick')}
          value={nameFor(b)}
          onPick={(h) => pickB(h.id)}
          testId="common-b"
        />
      </div>

      {!(a && b) && (
        <>
          {a ? (
            <p className="hint cg-next" role="status">
              {t('pickSecond', { name: nameFor(a) })}
            </p>
          ) : (
            <EmptyState title={t('emptyTitle')} icon={<Icon name="shared" size={28} />}>
              <p>{t('emptyBody')}</p>
            </EmptyState>
          )}
          <Explanation t={t} lang={lang} />
        </>
      )}
      {a && b && entry?.status === 'error' && url && <ApiErrorNotice lang={lang} error={entry.error!} onRetry={() => retryApi(url)} />}
      {a && b && !data && entry?.status !== 'error' && <Spinner label={t('finding')} />}
      {data && (
        <>
          <Results ctx={ctx} data={data} />
          <Explanation t={t} lang={lang} />
        </>
      )}
    </div>
  );
}
