// Presenter stories for the API: the stories a StorySource gives (the app's is the files in
// seed/stories/, read by server/seed/story-files.ts), and checking a story built in the UI
// against the live graph (ids that exist now, charts with series, known regions).
import type { Story, StoryListResponse } from '../shared/contracts.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { badRequest, notFound } from '../errors.ts';
import { storyChartOrganisations, storyIds, validateStory } from '../model/story.ts';
import { growthSeriesNames } from './growth.ts';
import { primaryLabel } from './lookup.ts';

/** The stories as they are now, shape-checked: the list, the files that failed, and each story in full. */
export interface StoryCatalogue extends StoryListResponse {
  full: Story[];
}

/** Where stories come from; asked on every request, so an edited story file shows without a restart. */
export type StorySource = () => StoryCatalogue;

export function listStories(source: StorySource): StoryListResponse {
  const { stories, invalid } = source();
  return { stories, invalid };
}

export function getStory(source: StorySource, id: string): Story {
  const story = source().full.find((s) => s.id === id);
  if (!story) throw notFound(`No story with id "${id}". GET /api/stories lists them.`);
  return story;
}

/** Validates a story body against the graph as it is now; throws 400 with every problem. */
export async function validateStoryBody(db: GraphDb, body: unknown): Promise<Story> {
  const shape = validateStory(body, '(body)');
  if (!shape.story) throw invalid(shape.problems);
  const ids = storyIds(shape.story);
  const res = await db.read(
    `CALL () { MATCH (n:Entity) WHERE n.id IN $ids RETURN collect([n.id, ${primaryLabel('n')}]) AS labels }
     CALL () { MATCH (j:Jurisdiction) WHERE j.region IS NOT NULL RETURN collect(DISTINCT j.region) AS regions }
     RETURN labels, regions`,
    { ids },
  );
  const labels = new Map<string, string>((res.records[0]?.get('labels') ?? []) as [string, string][]);
  const regions = new Set<string>((res.records[0]?.get('regions') ?? []) as string[]);
  const series = await growthSeriesNames(db, storyChartOrganisations(shape.story));
  const checked = validateStory(body, '(body)', {
    labelOf: (id) => labels.get(id),
    regions,
    seriesOf: (id) => series.get(id) ?? new Set(),
  });
  if (checked.problems.length || !checked.story) throw invalid(checked.problems);
  return checked.story;
}

function invalid(problems: { file: string; record: string; field: string; message: string }[]) {
  const list = problems.map((p) => `${p.record}: ${p.field}: ${p.message}`);
  return badRequest(`Invalid story: ${list.slice(0, 10).join('; ')}${list.length > 10 ? `; and ${list.length - 10} more` : ''}`, {
    problems,
  });
}
