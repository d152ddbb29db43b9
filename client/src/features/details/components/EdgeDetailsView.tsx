// Details of a selected relationship: its two ends, its properties, the evidence sentence and
// the documents it comes from.
import type { GraphEdge, GraphNode, SourceRef } from '../../../../../server/shared/contracts.ts';
import { LabelGlyph } from '../../../components/LabelGlyph.tsx';
import type { Lang, Translate } from '../../../i18n/index.ts';
import { typeName } from '../../../i18n/model.ts';
import { CitedNote, Citation, Evidence, noteIn } from './Citation.tsx';
import { PropertyList } from './PropertyList.tsx';

export function nodeName(n: GraphNode | undefined, lang: Lang, fallback: string): string {
  if (!n) return fallback;
  const zh = n.properties.nameZh;
  return lang === 'zh' && typeof zh === 'string' ? zh : n.name;
}

export function EdgeDetailsView({
  t,
  lang,
  edge,
  nodes,
  sources,
  onNavigate,
  onOpenSource,
}: {
  t: Translate<'details'>;
  lang: Lang;
  edge: GraphEdge;
  nodes: Map<string, GraphNode>;
  sources: Map<string, SourceRef>;
  onNavigate: (id: string) => void;
  onOpenSource: (id: string) => void;
}) {
  const a = nodes.get(edge.source);
  const b = nodes.get(edge.target);
  const p = edge.properties;
  const evidence = typeof p.evidence === 'string' ? p.evidence : undefined;
  const src = Array.isArray(p.sources) ? (p.sources as string[]) : [];
  const props = Object.entries(p).filter(
    ([k, v]) => !['evidence', 'sources', 'key', 'note', 'noteZh'].includes(k) && v !== null && v !== undefined,
  );
  const end = (n: GraphNode | undefined, id: string) => (
    <button type="button" className="link edge-end" onClick={() => onNavigate(id)}>
      {n && <LabelGlyph label={n.label} size={14} />} {nodeName(n, lang, id)}
    </button>
  );
  return (
    <article className="details" data-testid="edge-details" aria-labelledby="edge-title">
      <header className="details-head">
        <div className="details-kicker">{t('edgeDetails')}</div>
        <h2 id="edge-title">{typeName(lang, edge.type)}</h2>
        <p className="edge-ends">
          {end(a, edge.source)} <span aria-hidden="true">→</span> {end(b, edge.target)}
        </p>
      </header>
      {typeof p.note === 'string' && <CitedNote t={t} text={noteIn(lang, p)} sources={sources} onOpen={onOpenSource} />}
      <PropertyList t={t} lang={lang} props={props} />
      <section className="details-section">
        <h3>{t('evidence')}</h3>
        <Evidence text={evidence} />
        <ul className="citations">
          {src.map((s) => (
            <Citation key={s} t={t} lang={lang} id={s} source={sources.get(s)} onOpen={onOpenSource} />
          ))}
        </ul>
      </section>
    </article>
  );
}
