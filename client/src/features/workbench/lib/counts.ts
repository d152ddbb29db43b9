// Counts in words, each with its own plural form: "1 node · 12 relationships".
import type { Translate } from '../../../i18n/index.ts';

export function graphCounts(t: Translate<'console'>, nodes: number, edges: number, fmt: (n: number) => string = String): string {
  return t('graphCounts', {
    nodes: t('nodeCount', { n: fmt(nodes), count: nodes }),
    edges: t('relCount', { n: fmt(edges), count: edges }),
  });
}
