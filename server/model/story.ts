// Presenter stories: the schema of a story file (seed/stories/*.json, and the body of
// POST /api/stories/validate) and the check that everything it refers to exists. The shape is
// checked by zod; references (node ids, chart organisations and units, regions) against a
// lookup built from the seed (npm run seed:check) or from the database (the API). Problems
// are reported like the seed's: file, record (the story or one step), field.
import { z } from 'zod';
import type { Story } from '../shared/contracts.ts';
import { NODE_LABEL_NAMES, REL_TYPE_NAMES, partialDate } from './model.ts';
import { idSchema } from './records.ts';
import { fieldOf, type Problem } from './validate.ts';

export const STORY_LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'circle', 'grid'] as const;
/** Labels a chart can plot: organisations and agreements (the UNCAC) have members and counts. */
export const CHART_LABELS: readonly string[] = ['Organisation', 'Agreement'];

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
// A window is in order when its start period begins no later than its end period ends ("2024-05" to "2024" is fine).
const periodStart = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const periodEnd = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
const inOrder = (v: { from?: string; to?: string }) => !v.from || !v.to || periodStart(v.from) <= periodEnd(v.to);
const ORDER = { message: '"from" must not be after "to"', path: ['from'] };

const filtersSchema = z
  .object({
    labels: z
      .array(z.enum(NODE_LABEL_NAMES as [string, ...string[]], { message: `unknown label; known: ${NODE_LABEL_NAMES.join(', ')}` }))
      .max(20)
      .optional(),
    types: z
      .array(z.enum(REL_TYPE_NAMES as [string, ...string[]], { message: `unknown relationship type; known: ${REL_TYPE_NAMES.join(', ')}` }))
      .max(30)
      .optional(),
    from: partialDate.optional(),
    to: partialDate.optional(),
    regions: z.array(text(200)).max(50).optional(),
    includeReference: z.boolean().optional(),
  })
  .strict()
  .refine(inOrder, ORDER);

const viewSchema = z
  .object({
    selected: idSchema.optional(),
    filters: filtersSchema.optional(),
    expanded: z.array(idSchema).max(200).optional(),
    layout: z.enum(STORY_LAYOUTS, { message: `must be one of ${STORY_LAYOUTS.join(', ')}` }).optional(),
    chart: z
      .object({
        organisations: z.array(idSchema).min(1, 'name at least one organisation').max(8, 'at most 8 organisations on one chart'),
        units: z.array(text(100)).max(20).optional(),
      })
      .strict()
      .optional(),
    timeline: z.object({ from: partialDate, to: partialDate }).strict().refine(inOrder, ORDER).optional(),
  })
  .strict();

export const storyStepSchema = z
  .object({
    caption: text(2000),
    captionZh: text(2000).optional(),
    view: viewSchema,
  })
  .strict();

export const storySchema = z
  .object({
    id: idSchema,
    title: text(200),
    titleZh: text(200).optional(),
    description: text(2000).optional(),
    descriptionZh: text(2000).optional(),
    steps: z.array(storyStepSchema).min(1, 'a story needs at least one step').max(100, 'at most 100 steps'),
  })
  .strict();

// The shared contract (server/contracts.ts) and the schema must describe the same thing.
type Parsed = z.infer<typeof storySchema>;
const _sameShape: [Parsed extends Story ? true : false, Story extends Parsed ? true : false] = [true, true];
void _sameShape;

/** What references resolve against: node labels by id, known regions, growth-series names by organisation. */
export interface StoryRefs {
  labelOf(id: string): string | undefined;
  /** Region values of jurisdictions; when absent, regions are not checked. */
  regions?: ReadonlySet<string>;
  /** Lower-cased names (unit, label, key) of an organisation's growth series; empty when it has none. */
  seriesOf?(id: string): ReadonlySet<string>;
}

function where(path: PropertyKey[]): { record: string; field: string } {
  if (path[0] === 'steps' && typeof path[1] === 'number') {
    const rest = path.slice(2);
    return { record: `steps[${path[1]}]`, field: fieldOf(rest) };
  }
  return { record: '(story)', field: fieldOf(path) };
}

/** The ids a story refers to (for a database lookup). */
export function storyIds(story: Story): string[] {
  return [
    ...new Set(
      story.steps.flatMap((s) =>
        [s.view.selected, ...(s.view.expanded ?? []), ...(s.view.chart?.organisations ?? [])].filter((x): x is string => !!x),
      ),
    ),
  ];
}
/** The organisations a story charts. */
export function storyChartOrganisations(story: Story): string[] {
  return [...new Set(story.steps.flatMap((s) => s.view.chart?.organisations ?? []))];
}

export function checkStoryReferences(story: Story, refs: StoryRefs, file: string): Problem[] {
  const problems: Problem[] = [];
  const add = (i: number, field: string, message: string) => problems.push({ file, record: `steps[${i}]`, field, message });
  const dangling = (id: string) => `no node with id "${id}" (dangling reference)`;
  story.steps.forEach((step, i) => {
    const v = step.view;
    if (v.selected && !refs.labelOf(v.selected)) add(i, 'view.selected', dangling(v.selected));
    v.expanded?.forEach((id, j) => {
      if (!refs.labelOf(id)) add(i, `view.expanded[${j}]`, dangling(id));
    });
    v.filters?.regions?.forEach((r, j) => {
      if (refs.regions && !refs.regions.has(r))
        add(i, `view.filters.regions[${j}]`, `unknown region "${r}"; known: ${[...refs.regions].sort().join(', ')}`);
    });
    if (v.chart) {
      const names = new Set<string>();
      v.chart.organisations.forEach((id, j) => {
        const label = refs.labelOf(id);
        if (!label) return add(i, `view.chart.organisations[${j}]`, dangling(id));
        if (!CHART_LABELS.includes(label))
          return add(
            i,
            `view.chart.organisations[${j}]`,
            `"${id}" is ${label === 'Agency' ? 'an' : 'a'} ${label}; a chart plots organisations and agreements`,
          );
        const series = refs.seriesOf?.(id);
        if (series && series.size === 0)
          add(i, `view.chart.organisations[${j}]`, `"${id}" has no growth series (no member counts and no dated members)`);
        series?.forEach((s) => names.add(s));
      });
      if (refs.seriesOf && names.size) {
        v.chart.units?.forEach((u, j) => {
          if (!names.has(u.trim().toLowerCase()))
            add(i, `view.chart.units[${j}]`, `no series in "${u}" for ${v.chart!.organisations.join(', ')}`);
        });
      }
    }
  });
  return problems;
}

/** Parses a story and, given refs, checks its references. */
export function validateStory(data: unknown, file: string, refs?: StoryRefs): { story?: Story; problems: Problem[] } {
  const parsed = storySchema.safeParse(data);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => {
        const at = where(issue.path);
        if (issue.code === 'unrecognized_keys')
          return {
            file,
            ...at,
            field: issue.keys.map((k) => (at.field === '(record)' ? k : `${at.field}.${k}`)).join(', '),
            message: 'unknown property (the story format: server/model/story.ts)',
          };
        return { file, ...at, message: issue.message };
      }),
    };
  }
  const story = parsed.data as Story;
  return { story, problems: refs ? checkStoryReferences(story, refs, file) : [] };
}
