// The network as briefing slides: one function for the explorer's export menu and a story step's
// buttons. The slide's layout (slide-layout.ts) leaves a body; the canvas draws the network into
// it with captions placed for that frame (none over another), and continuation pages carry the
// sources that do not fit under it.
import type { GraphEdge, GraphNode, SourceRef } from '../../../../server/shared/contracts.ts';
import type { CanvasHandle } from '../canvas-handle.ts';
import { citedSourceIds } from './export-data.ts';
import { slideLayout, slidePngs, slideSvgs } from './export-image.ts';
import type { SlideSize, SlideText } from './slide-layout.ts';
import { sceneToSvg } from './svg-scene.ts';

/** Caption size on a 1920 px slide, against the explorer's (a slide is read from further away). */
export const SLIDE_TEXT_SCALE = 1.5;

/** One source as the footnote cites it: title — publisher, date. */
export function sourceCitation(s: SourceRef | undefined, id: string, date: (iso: string) => string): string {
  const when = s?.date ? date(s.date) : undefined;
  return `${s?.title ?? id}${s?.publisher ? ` — ${s.publisher}` : ''}${when ? `, ${when}` : ''}`;
}

/** The sources the view's facts cite, in citation order, as footnote entries. */
export function viewSources(
  view: { nodes: GraphNode[]; edges: GraphEdge[] },
  sources: Map<string, SourceRef>,
  date: (iso: string) => string,
): string[] {
  return citedSourceIds(view).map((id) => sourceCitation(sources.get(id), id, date));
}

/**
 * The slide and its continuation pages. The network is drawn once, as SVG, from the canvas's
 * scene with captions placed for the slide's frame; the PNG is that SVG rasterised, so both
 * formats show the same picture.
 */
export async function networkSlides(canvas: CanvasHandle, text: SlideText, size: SlideSize, format: 'png' | 'svg'): Promise<Blob[]> {
  const l = slideLayout(text, size);
  const { scene, view } = canvas.sceneFor({ width: l.body.width, height: l.body.height, textScale: SLIDE_TEXT_SCALE * l.k });
  const svg = sceneToSvg(scene, { view, edgeLabels: scene.edges.length <= 80 });
  if (format === 'png') return slidePngs(l, text, svg);
  return slideSvgs(l, text, { svg, view }).map((s) => new Blob([s], { type: 'image/svg+xml' }));
}
