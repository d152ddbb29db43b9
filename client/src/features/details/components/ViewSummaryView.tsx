// The headline of the view on screen when nothing is selected: who is at the centre, the
// largest groups, the time span of its dated facts and what is newest; each entity clickable.
import { useMemo } from 'react';
import type { GraphEdge, GraphNode } from '../../../../../server/shared/contracts.ts';
import { LabelGlyph } from '../../../components/LabelGlyph.tsx';
import type { Lang, Translate } from '../../../i18n/index.ts';
import { labelName, typeName } from '../../../i18n/model.ts';
import { summariseView, type DatedFact, type RankedNode } from '../lib/view-summary.ts';

const nameIn = (lang: Lang, n: { name: string; nameZh?: string }) => (lang === 'zh' && n.nameZh ? n.nameZh : n.name);
const shortName = (lang: Lang, n: RankedNode) => (lang === 'zh' ? nameIn(lang, n) : (n.acronym ?? n.name));

export function ViewSummaryView({
  t,
  lang,
  nodes,
  edges,
  onSelectNode,
  onSelectEdge,
}: {
  t: Translate<'details'>;
  lang: Lang;
  nodes: GraphNode[];
  edges: GraphEdge[];
  onSelectNode: (id: string) => void;
  onSelectEdge?: (id: string) => void;
}) {
  const s = useMemo(() => summariseView(nodes, edges), [nodes, edges]);
  const pick = (d: DatedFact) => (d.kind === 'node' ? onSelectNode(d.id) : onSelectEdge?.(d.id));
  return (
    <section className="details-section view-summary" data-testid="view-summary" aria-labelledby="view-summary-title">
      <h3 id="view-summary-title">{t('summaryTitle')}</h3>
      <p className="summary-headline" data-testid="summary-headline">
        {s.centre
          ? t('summaryHeadline', { name: shortName(lang, s.centre), n: s.centre.oneStep, count: s.centre.oneStep, total: s.nodeCount })
          : t('summaryUnconnected', { n: s.nodeCount, count: s.nodeCount })}
      </p>
      {s.topNodes.length > 0 && (
        <div className="summary-block">
          <h4>{t('summaryCentre')}</h4>
          <ol className="summary-list" data-testid="summary-centre">
            {s.topNodes.map((n) => (
              <li key={n.id}>
                <LabelGlyph label={n.label} size={13} />
                <button type="button" className="link summary-name" onClick={() => onSelectNode(n.id)} data-node={n.id}>
                  {nameIn(lang, n)}
                </button>
                <span className="muted summary-count">{t('summaryRelCount', { n: n.degree, count: n.degree })}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
      <div className="summary-block">
        <h4>{t('summaryGroups')}</h4>
        <ul className="overview" data-testid="summary-labels">
          {s.labels.map(({ label, count }) => (
            <li key={label}>
              <LabelGlyph label={label} size={14} /> <span>{labelName(lang, label, true)}</span> <strong>{count}</strong>
            </li>
          ))}
        </ul>
      </div>
      {s.biggestOrganisations.length > 0 && (
        <div className="summary-block">
          <h4>{t('summaryMembers')}</h4>
          <ul className="summary-list">
            {s.biggestOrganisations.map((o) => (
              <li key={o.id}>
                <LabelGlyph label={o.label} size={13} />
                <button type="button" className="link summary-name" onClick={() => onSelectNode(o.id)} data-node={o.id}>
                  {nameIn(lang, o)}
                </button>
                <span className="muted summary-count">{t('summaryMemberCount', { n: o.members, count: o.members })}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {s.span && (
        <div className="summary-block">
          <h4>{t('summarySpan')}</h4>
          <p className="summary-span" data-testid="summary-span">
            {s.span.from === s.span.to ? s.span.from : t('summarySpanValue', { from: s.span.from, to: s.span.to })}
          </p>
        </div>
      )}
      {s.latest.length > 0 && (
        <div className="summary-block">
          <h4>{t('summaryLatest', { year: s.latestYear })}</h4>
          <ul className="summary-list" data-testid="summary-latest">
            {s.latest.map((d) => (
              <li key={`${d.kind}:${d.id}`}>
                {d.kind === 'node' ? (
                  <LabelGlyph label={d.what} size={13} />
                ) : (
                  <span className="muted summary-type">{typeName(lang, d.what)}</span>
                )}
                <button
                  type="button"
                  className="link summary-name"
                  onClick={() => pick(d)}
                  disabled={d.kind === 'edge' && !onSelectEdge}
                  {...(d.kind === 'node' ? { 'data-node': d.id } : { 'data-edge': d.id })}
                >
                  {nameIn(lang, d)}
                </button>
                <span className="muted summary-count">{d.date}</span>
              </li>
            ))}
          </ul>
          {s.latestTotal > s.latest.length && (
            <p className="muted">
              {t('summaryLatestMore', { n: s.latestTotal - s.latest.length, count: s.latestTotal - s.latest.length })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
