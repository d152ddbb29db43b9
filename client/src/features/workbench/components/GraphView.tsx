// A Cytoscape view of a fixed set of elements (a result, or the schema): laid out once per set,
// with fit and relayout buttons. The container reports its node and edge counts and whether a
// layout is running (data-* attributes), for tests and assistive summaries.
import cytoscape from 'cytoscape';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Icon } from '../../../components/Icon.tsx';
import type { Translate } from '../../../i18n/index.ts';

export interface GraphViewProps {
  t: Translate<'console'>;
  elements: cytoscape.ElementDefinition[];
  stylesheet: cytoscape.StylesheetJson;
  /** Layout for the elements; `size` is the drawing area in pixels. */
  layout: (nodeCount: number, size: { width: number; height: number }) => cytoscape.LayoutOptions;
  label: string;
  testId: string;
  /** A tap on a node or edge (undefined: background). */
  onSelect?: (sel: { group: 'nodes' | 'edges'; id: string } | undefined) => void;
  selected?: string;
}

export function GraphView({ t, elements, stylesheet, layout, label, testId, onSelect, selected }: GraphViewProps) {
  const ref = useRef<HTMLDivElement>(null);
  const cyRef = useRef<cytoscape.Core | null>(null);
  const layoutRef = useRef<cytoscape.Layouts | null>(null);
  const [running, setRunning] = useState(true);
  // The latest callbacks, for Cytoscape's tap handler and the layout runs (set on commit).
  const onSelectRef = useRef(onSelect);
  const layoutFn = useRef(layout);
  useLayoutEffect(() => {
    onSelectRef.current = onSelect;
    layoutFn.current = layout;
  });

  const runLayout = () => {
    const cy = cyRef.current;
    if (!cy) return;
    layoutRef.current?.stop();
    if (cy.nodes().length === 0) {
      setRunning(false);
      return;
    }
    const l = cy.elements().layout(layoutFn.current(cy.nodes().length, { width: cy.width(), height: cy.height() }));
    layoutRef.current = l;
    setRunning(true);
    l.one('layoutstop', () => {
      if (layoutRef.current === l) {
        layoutRef.current = null;
        setRunning(false);
      }
    });
    l.run();
  };

  useEffect(() => {
    const cy = cytoscape({
      container: ref.current!,
      style: stylesheet,
      elements: [],
      minZoom: 0.08,
      maxZoom: 4,
      boxSelectionEnabled: false,
    });
    cyRef.current = cy;
    cy.on('tap', (e) => {
      const target = e.target as cytoscape.SingularElementReturnValue | cytoscape.Core;
      if (target === cy) onSelectRef.current?.(undefined);
      else {
        const el = target as cytoscape.SingularElementReturnValue;
        onSelectRef.current?.({ group: el.isNode() ? 'nodes' : 'edges', id: el.id() });
      }
    });
    return () => {
      layoutRef.current?.stop();
      cy.destroy();
      cyRef.current = null;
    };
    // The stylesheet is fixed for the page's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    runLayout();
  }, [elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.elements('.is-selected').removeClass('is-selected');
    if (selected) cy.$id(selected).addClass('is-selected');
  }, [selected, elements]);

  const nodes = elements.filter((e) => e.group === 'nodes').length;
  return (
    <div
      className="wb-graph"
      data-testid={testId}
      data-nodes={nodes}
      data-edges={elements.length - nodes}
      data-layout={running ? 'running' : 'idle'}
    >
      <div ref={ref} className="wb-cy" role="img" aria-label={label} />
      <div className="wb-graph-tools" role="toolbar" aria-label={label}>
        <button
          type="button"
          className="btn btn-icon"
          onClick={() => cyRef.current?.animate({ fit: { eles: cyRef.current.elements(), padding: 30 } }, { duration: 250 })}
          title={t('fitGraph')}
          aria-label={t('fitGraph')}
        >
          <Icon name="fit" />
        </button>
        <button type="button" className="btn btn-icon" onClick={runLayout} title={t('relayout')} aria-label={t('relayout')}>
          <Icon name="reset" />
        </button>
      </div>
    </div>
  );
}
