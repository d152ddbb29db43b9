// Details of the selected entity: names in both languages, properties, actions (expand,
// collapse, hide, connect), the documents citing it, and its relationships grouped by type,
// each fact with its evidence sentence and sources.
import { displayValue, PropertyList } from './PropertyList.tsx';
import { urls } from '../../../api/endpoints.ts';
import { useMemo, useState } from 'react';
import type { CitedFact, NodeDetails, SourceRef } from '../../../../../server/shared/contracts.ts';
import { ApiErrorNotice, Skeleton } from '../../../components/Feedback.tsx';
import { Icon } from '../../../components/Icon.tsx';
import { LabelGlyph } from '../../../components/LabelGlyph.tsx';
import { retryApi, useApi } from '../../../api/cache.ts';
import { toLocale, type Lang, type Translate } from '../../../i18n/index.ts';
import { labelName, propName, typeName } from '../../../i18n/model.ts';
import { CitedNote, Citation, Evidence, noteIn } from './Citation.tsx';

export interface ExpansionSummary {
  type?: string;
  added: number;
  more: number;
}

export interface NodeActions {
  onExpand: (id: string, type?: string) => void;
  onMore: (id: string, type?: string) => void;
  onCollapse: (id: string) => void;
  onHide: (id: string) => void;
  onCentre: (id: string) => void;
  onConnectFrom: (id: string, name: string) => void;
  /** "Compare with…": what this entity shares with another (the "Shared ties" tab). */
  onCompareFrom?: (id: string) => void;
  onNavigate: (id: string) => void;
  onOpenSource: (id: string) => void;
}

// shortName/shortNameZh are derived captions (server/shared/short-name.ts), not facts.
const HIDDEN_PROPS = new Set(['id', 'name', 'nameZh', 'nameZhSource', 'aliases', 'sources', 'note', 'noteZh', 'shortName', 'shortNameZh']);
const FACT_PROPS = ['date', 'since', 'until', 'role', 'status', 'kind', 'topic', 'title', 'signed', 'ratified', 'dateText'];
const PAGE = 6;

function FactLine({
  t,
  lang,
  fact,
  sources,
  actions,
}: {
  t: Translate<'details'>;
  lang: Lang;
  fact: CitedFact;
  sources: Map<string, SourceRef>;
  actions: NodeActions;
}) {
  const otherName = lang === 'zh' && fact.other.nameZh ? fact.other.nameZh : fact.other.name;
  const meta = FACT_PROPS.filter(
    (k) => fact.properties[k] !== undefined && fact.properties[k] !== null && !(k === 'dateText' && fact.properties.date),
  ).map((k) => `${propName(lang, k)}: ${displayValue(lang, k, fact.properties[k])}`);
  return (
    <li className="fact" data-fact={fact.id}>
      <div className="fact-head">
        <span className="fact-dir" aria-label={fact.direction === 'out' ? t('outgoing') : t('incoming')}>
          {fact.direction === 'out' ? '→' : '←'}
        </span>
        <LabelGlyph label={fact.other.label} size={13} />
        <button
          type="button"
          className="link fact-other"
          onClick={() => actions.onNavigate(fact.other.id)}
          title={t('navigateTo', { name: otherName })}
        >
          {otherName}
        </button>
      </div>
      {meta.length > 0 && <div className="fact-meta">{meta.join(' · ')}</div>}
      <Evidence text={fact.evidence} />
      {fact.sources.length > 0 && (
        <ul className="citations">
          {fact.sources.map((s) => (
            <Citation key={s} t={t} lang={lang} id={s} source={sources.get(s)} onOpen={actions.onOpenSource} />
          ))}
        </ul>
      )}
    </li>
  );
}

function FactGroup({
  t,
  lang,
  type,
  facts,
  sources,
  actions,
}: {
  t: Translate<'details'>;
  lang: Lang;
  type: string;
  facts: CitedFact[];
  sources: Map<string, SourceRef>;
  actions: NodeActions;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? facts : facts.slice(0, PAGE);
  return (
    <details className="fact-group" open data-type={type}>
      <summary>
        <span className="fact-type">{typeName(lang, type)}</span>
        <span className="count">{facts.length}</span>
      </summary>
      <ul className="facts">
        {shown.map((f) => (
          <FactLine key={`${f.id}|${f.direction}`} t={t} lang={lang} fact={f} sources={sources} actions={actions} />
        ))}
      </ul>
      {facts.length > PAGE && !all && (
        <button type="button" className="btn btn-ghost btn-small" onClick={() => setAll(true)}>
          {t('showAllFacts', { n: facts.length })}
        </button>
      )}
    </details>
  );
}

export function NodeDetailsView({
  t,
  lang,
  id,
  expansions,
  actions,
  allSources,
}: {
  t: Translate<'details'>;
  lang: Lang;
  id: string;
  expansions: ExpansionSummary[];
  actions: NodeActions;
  allSources: Map<string, SourceRef>;
}) {
  const url = urls.node(id);
  const entry = useApi<NodeDetails>(url);
  const [typePick, setTypePick] = useState('');
  const d = entry?.data;
  const sources = useMemo(() => {
    const m = new Map(allSources);
    for (const s of d?.sources ?? []) m.set(s.id, s);
    return m;
  }, [d, allSources]);

  if (entry?.status === 'error' && !d) return <ApiErrorNotice lang={lang} error={entry.error!} onRetry={() => retryApi(url)} />;
  if (!d || d.node.id !== id) {
    return (
      <div className="details" aria-busy="true">
        <p className="sr-only">{t('loadingDetails')}</p>
        <Skeleton lines={8} />
      </div>
    );
  }
  const n = d.node;
  const p = n.properties;
  const zh = typeof p.nameZh === 'string' ? p.nameZh : undefined;
  const primary = lang === 'zh' && zh ? zh : n.name;
  const secondary = lang === 'zh' ? (zh ? n.name : undefined) : zh;
  const aliases = Array.isArray(p.aliases) ? (p.aliases as string[]) : [];
  const props = Object.entries(p).filter(([k, v]) => !HIDDEN_PROPS.has(k) && v !== null && v !== undefined && v !== '');
  const ownSources = Array.isArray(p.sources) ? (p.sources as string[]) : [];
  const groups = Object.entries(d.relationships).sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const expanded = expansions.length > 0;

  return (
    <article className="details" aria-labelledby="details-title" data-testid="node-details" data-node={id}>
      <header className="details-head">
        <div className="details-kicker">
          <LabelGlyph label={n.label} size={16} />
          <span>{labelName(lang, n.label)}</span>
        </div>
        <p className="details-counts muted" data-testid="node-counts">
          {t('relationshipsWithEntities', { n: d.degree, count: d.degree })}
          {d.mentionedIn ? ` · ${t('mentionedIn', { n: d.mentionedIn, count: d.mentionedIn })}` : ''}
        </p>
        <h2 id="details-title" lang={toLocale(lang === 'zh' && zh ? 'zh' : 'en')}>
          {primary}
        </h2>
        {secondary && (
          <p className="details-alt" lang={toLocale(lang === 'zh' ? 'en' : 'zh')}>
            {secondary}
          </p>
        )}
        {zh && typeof p.nameZhSource === 'string' && (
          <p className="details-name-source muted" data-testid="name-zh-source">
            {t('nameZhFrom')}{' '}
            <button type="button" className="link" onClick={() => actions.onOpenSource(p.nameZhSource as string)}>
              {sources.get(p.nameZhSource)?.title ?? p.nameZhSource}
            </button>
          </p>
        )}
        {aliases.length > 0 && (
          <p className="details-aliases">
            <span className="muted">{t('aliases')}:</span> {aliases.join(' · ')}
          </p>
        )}
      </header>

      <div className="details-actions" role="group" aria-label={t('actions')}>
        <div className="actions-row">
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => actions.onExpand(id)}
            data-testid="expand"
            title={`${t('expandAll')} (e)`}
          >
            <Icon name="expand" size={16} /> {t('expand')}
          </button>
          <select
            className="select"
            aria-label={t('expandByType')}
            value={typePick}
            onChange={(e) => {
              const v = e.target.value;
              setTypePick('');
              if (v) actions.onExpand(id, v);
            }}
          >
            <option value="">{t('expandByType')}</option>
            {groups.map(([type, facts]) => (
              <option key={type} value={type}>
                {typeName(lang, type)} ({facts.length})
              </option>
            ))}
          </select>
        </div>
        <div className="actions-row secondary">
          {expanded && (
            <button type="button" className="btn btn-small" onClick={() => actions.onCollapse(id)} data-testid="collapse">
              <Icon name="collapse" size={14} /> {t('collapse')}
            </button>
          )}
          <button type="button" className="btn btn-small" onClick={() => actions.onCentre(id)}>
            <Icon name="target" size={14} /> {t('focus')}
          </button>
          <button type="button" className="btn btn-small" onClick={() => actions.onConnectFrom(id, primary)} title={t('pathFrom')}>
            <Icon name="path" size={14} /> {t('pathFromShort')}
          </button>
          {actions.onCompareFrom && (
            <button
              type="button"
              className="btn btn-small"
              onClick={() => actions.onCompareFrom?.(id)}
              title={t('compareWith')}
              data-testid="compare-from"
            >
              <Icon name="shared" size={14} /> {t('compareShort')}
            </button>
          )}
          <button type="button" className="btn btn-small" onClick={() => actions.onHide(id)} title={t('hide')}>
            <Icon name="hide" size={14} /> {t('hideShort')}
          </button>
        </div>
      </div>
      {expansions.map((x) => (
        <div key={x.type ?? '*'} className="notice notice-info compact" data-testid="expansion-info">
          <span>
            {x.type ? `${typeName(lang, x.type)}: ` : ''}
            {x.added === 0 && x.more === 0
              ? t('expansionNothingNew')
              : x.more > 0
                ? t('expansionSummary', { shown: x.added, more: x.more })
                : t('expansionShown', { shown: x.added })}
          </span>
          {x.more > 0 && (
            <button type="button" className="btn btn-small" onClick={() => actions.onMore(id, x.type)} data-testid="more">
              {t('moreNeighbours', { n: Math.min(25, x.more) })}
            </button>
          )}
        </div>
      ))}

      {typeof p.note === 'string' && <CitedNote t={t} text={noteIn(lang, p)} sources={sources} onOpen={actions.onOpenSource} />}

      <PropertyList t={t} lang={lang} props={props} />

      {ownSources.length > 0 && (
        <section className="details-section">
          <h3>{t('sourcesOfEntity')}</h3>
          <ul className="citations">
            {ownSources.map((s) => (
              <Citation key={s} t={t} lang={lang} id={s} source={sources.get(s)} onOpen={actions.onOpenSource} />
            ))}
          </ul>
        </section>
      )}

      {groups.length > 0 && (
        <section className="details-section">
          <h3>{t('relationships')}</h3>
          {groups.map(([type, facts]) => (
            <FactGroup key={type} t={t} lang={lang} type={type} facts={facts} sources={sources} actions={actions} />
          ))}
        </section>
      )}
    </article>
  );
}
