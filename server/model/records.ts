// Record schemas for the seed/import format (see seed/README.md), derived from the model.
import { z } from 'zod';
import {
  ID_RE,
  NAMELESS_LABELS,
  NODE_LABELS,
  NODE_LABEL_NAMES,
  REL_TYPES,
  REL_TYPE_NAMES,
  commonNodeProps,
  commonRelProps,
  type NodeLabel,
  type RelType,
} from './model.ts';

export const idSchema = z.string().regex(ID_RE, 'must be a lower-case slug: a-z, 0-9 and single hyphens');
const sourcesSchema = z.array(idSchema).min(1, 'must cite at least one source').max(50);

export const sourceRecordSchema = z
  .object({ id: idSchema, ...commonNodeProps, ...NODE_LABELS.Source, name: commonNodeProps.name.optional() })
  .strict();
export type SourceRecord = z.infer<typeof sourceRecordSchema>;

const nodeSchemas = Object.fromEntries(
  NODE_LABEL_NAMES.filter((l) => l !== 'Source').map((label) => {
    const base = { label: z.literal(label), id: idSchema, sources: sourcesSchema, ...commonNodeProps, ...NODE_LABELS[label] };
    const shape = NAMELESS_LABELS.includes(label) ? { ...base, name: commonNodeProps.name.optional() } : base;
    return [label, z.object(shape).strict()];
  }),
) as unknown as Record<Exclude<NodeLabel, 'Source'>, z.ZodObject>;

const relSchemas = Object.fromEntries(
  REL_TYPE_NAMES.filter((t) => t !== 'MENTIONS').map((type) => [
    type,
    z
      .object({ type: z.literal(type), from: idSchema, to: idSchema, sources: sourcesSchema, ...commonRelProps, ...REL_TYPES[type].props })
      .strict(),
  ]),
) as unknown as Record<Exclude<RelType, 'MENTIONS'>, z.ZodObject>;

export interface NodeRecord {
  label: Exclude<NodeLabel, 'Source'>;
  id: string;
  name?: string;
  sources: string[];
  [prop: string]: unknown;
}
export interface RelRecord {
  type: Exclude<RelType, 'MENTIONS'>;
  from: string;
  to: string;
  sources: string[];
  key?: string;
  evidence?: string;
  [prop: string]: unknown;
}
export interface GraphDoc {
  sources?: SourceRecord[];
  nodes: NodeRecord[];
  relationships: RelRecord[];
}

export const graphDocShape = z
  .object({
    sources: z.array(z.unknown()).max(1000).optional(),
    nodes: z.array(z.unknown()).max(200000).default([]),
    relationships: z.array(z.unknown()).max(2000000).default([]),
  })
  .strict();

export function nodeSchemaFor(label: unknown): z.ZodObject | null {
  return typeof label === 'string' && Object.hasOwn(nodeSchemas, label) ? nodeSchemas[label as keyof typeof nodeSchemas] : null;
}
export function relSchemaFor(type: unknown): z.ZodObject | null {
  return typeof type === 'string' && Object.hasOwn(relSchemas, type) ? relSchemas[type as keyof typeof relSchemas] : null;
}

/** Non-null properties of a node record, without label/id (what goes into `SET n += $props`). */
export function nodeProps(rec: NodeRecord): Record<string, unknown> {
  const { label: _l, id: _i, ...props } = rec;
  return props;
}
/** The identity of a relationship in the graph: unique per (type, from, to, key). */
export function relKey(rec: Pick<RelRecord, 'type' | 'from' | 'to' | 'key'>): string {
  return `${rec.type}:${rec.from}->${rec.to}${rec.key ? `#${rec.key}` : ''}`;
}
