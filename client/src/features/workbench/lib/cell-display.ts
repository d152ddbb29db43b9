// How a result cell reads in the table: the value turned into a small display tree that the
// table renders. Nodes, ids that are nodes (GET /api/node-refs) and maps carrying an id or a name
// become named chips (the Chinese name in Chinese, when the node or the map has one); lists stay
// lists; maps become "key value" fields; partial dates read as dates ("May 2024" / "2024年5月");
// large numbers get their digit grouping; relationship types keep their Cypher name (with the
// Chinese name beside it in Chinese). The raw value is never changed: the JSON tab shows it and
// the CSV export writes it (values.ts cellText).
import type { GraphEdge, GraphNode, NodeRef } from '../../../../../server/shared/contracts.ts';
import { PARTIAL_DATE_PATTERN, REL_TYPE_NAMES } from '../../../../../server/shared/vocabulary.ts';
import { formatDate, formatNumber } from '../../../i18n/format.ts';
import { labelName, typeName, valueName } from '../../../i18n/model.ts';
import type { Lang } from '../../../lib/view-state.ts';
import { pathText, relationshipText, valueKind, type PathValue } from './values.ts';

export type Display =
  | { kind: 'null' }
  | { kind: 'text'; text: string; title?: string }
  | { kind: 'number'; text: string; title?: string }
  | { kind: 'boolean'; text: string }
  | { kind: 'date'; text: string; title: string }
  | {
      kind: 'entity';
      name: string;
      /** The node's id, when it has one. */
      id?: string;
      /** Its label (glyph), when known. */
      label?: string;
      /** Shown beside the name (a top-level id or node cell), else only in the tooltip. */
      showId: boolean;
      /** A document: named by its id (titles run long), the title in the tooltip. */
      document: boolean;
      title: string;
    }
  | { kind: 'relType'; type: string; name?: string }
  | { kind: 'relationship'; text: string }
  | { kind: 'path'; hops: number; text: string }
  | { kind: 'list'; items: Display[]; block: boolean }
  | { kind: 'record'; head?: Display; fields: { key: string; value: Display }[] };

export interface DisplayContext {
  lang: Lang;
  /** The nodes among the ids the result holds, by id. */
  refs: ReadonlyMap<string, NodeRef>;
  /** The columns whose strings are ids (result-ids.ts idColumns). */
  idColumns: ReadonlySet<string>;
}

const REL_TYPES = new Set<string>(REL_TYPE_NAMES);
/** Integers from here on get digit grouping (years and small counts stay as they are). */
const GROUP_FROM = 10_000;
/** A list whose items are longer than this reads better one per line. */
const INLINE_TEXT_MAX = 40;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/** A node named by its id (or by a map that carries its id and name): its name in the language, its label. */
function entity(
  ctx: DisplayContext,
  o: { id?: string; name?: string; nameZh?: string; label?: string },
  showId: boolean,
): Extract<Display, { kind: 'entity' }> {
  const ref = o.id ? ctx.refs.get(o.id) : undefined;
  const label = o.label ?? ref?.label;
  const english = o.name ?? ref?.name ?? o.id ?? '';
  const document = label === 'Source';
  const name = document ? (o.id ?? english) : ctx.lang === 'zh' ? (o.nameZh ?? ref?.nameZh ?? english) : english;
  const title = [label ? labelName(ctx.lang, label) : undefined, o.id, name !== english ? english : undefined].filter(Boolean).join(' · ');
  return { kind: 'entity', name, id: o.id, label, showId: showId && !document && !!o.id, document, title };
}

function stringDisplay(s: string, ctx: DisplayContext, key: string, inIdColumn: boolean, top: boolean): Display {
  if (inIdColumn && ctx.refs.has(s)) return entity(ctx, { id: s }, top);
  if (REL_TYPES.has(s)) return { kind: 'relType', type: s, name: ctx.lang === 'zh' ? typeName(ctx.lang, s) : undefined };
  if (PARTIAL_DATE_PATTERN.test(s) && s.length > 4) return { kind: 'date', text: formatDate(s, ctx.lang), title: s };
  const named = valueName(ctx.lang, key, s);
  return named !== s ? { kind: 'text', text: named, title: s } : { kind: 'text', text: s };
}

function numberDisplay(n: number, lang: Lang): Display {
  if (Number.isInteger(n) && Math.abs(n) >= GROUP_FROM) return { kind: 'number', text: formatNumber(n, lang), title: String(n) };
  return { kind: 'number', text: String(n) };
}

function mapDisplay(m: Record<string, unknown>, ctx: DisplayContext, depth: number): Display {
  const id = str(m.id);
  const name = str(m.name);
  // A map that names a node: its id is a node, or it carries a name beside its id.
  const named = !!id && (ctx.refs.has(id) || !!name);
  const head = named ? entity(ctx, { id, name, nameZh: str(m.nameZh), label: str(m.label) }, false) : undefined;
  const skip = new Set(head ? ['id', 'name', 'nameZh', 'label'] : []);
  const fields = Object.entries(m)
    .filter(([k, v]) => !skip.has(k) && v !== null && v !== undefined)
    .map(([k, v]) => ({ key: k, value: display(v, ctx, k, false, depth + 1) }));
  // How a map relates comes first ("how MEMBER_OF · through …"): a Cypher map has no key order of its own.
  fields.sort((a, b) => Number(b.value.kind === 'relType') - Number(a.value.kind === 'relType'));
  return { kind: 'record', head, fields };
}

function display(v: unknown, ctx: DisplayContext, key: string, inIdColumn: boolean, depth: number): Display {
  const top = depth === 0;
  switch (valueKind(v)) {
    case 'null':
      return { kind: 'null' };
    case 'string':
      return stringDisplay(v as string, ctx, key, inIdColumn, top);
    case 'number':
      return numberDisplay(Number(v), ctx.lang);
    case 'boolean':
      return { kind: 'boolean', text: String(v) };
    case 'node': {
      const n = v as GraphNode;
      return entity(ctx, { id: n.id, name: n.name, nameZh: str(n.properties.nameZh), label: n.label }, top);
    }
    case 'relationship':
      return { kind: 'relationship', text: relationshipText(v as GraphEdge) };
    case 'path': {
      const p = v as PathValue;
      return { kind: 'path', hops: p.segments.length, text: pathText(p) };
    }
    case 'list': {
      const items = (v as unknown[]).map((x) => display(x, ctx, key, inIdColumn, depth + 1));
      const block = items.some(
        (d) => d.kind === 'record' || d.kind === 'list' || d.kind === 'path' || (d.kind === 'text' && d.text.length > INLINE_TEXT_MAX),
      );
      return { kind: 'list', items, block };
    }
    default:
      return isObj(v) ? mapDisplay(v, ctx, depth) : { kind: 'text', text: String(v) };
  }
}

/** How the value of `column` in one row reads. */
export function cellDisplay(v: unknown, column: string, ctx: DisplayContext): Display {
  return display(v, ctx, column, ctx.idColumns.has(column), 0);
}

/** The display as plain text (tooltips, tests): what a reader sees, on one line. */
export function displayText(d: Display): string {
  switch (d.kind) {
    case 'null':
      return 'null';
    case 'entity':
      return d.name;
    case 'relType':
      return d.name ? `${d.type} ${d.name}` : d.type;
    case 'path':
      return d.text;
    case 'list':
      return d.items.map(displayText).join(', ');
    case 'record':
      return [d.head ? displayText(d.head) : '', ...d.fields.map((f) => `${f.key} ${displayText(f.value)}`)].filter(Boolean).join(' · ');
    default:
      return d.text;
  }
}
