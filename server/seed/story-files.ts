// Presenter stories on disk (seed/stories/*.json): reading them for the API, and checking
// them against the seed for `npm run seed:check` (every id exists, charts have series,
// regions are known, the file is named after the story's id, ids are unique).
import fs from 'node:fs';
import path from 'node:path';
import type { Story, StoryListResponse } from '../shared/contracts.ts';
import { buildDerivedSeries, buildPublishedSeries, seriesNames, type CountRecord, type MembershipRecord } from '../graph/growth-series.ts';
import type { StoryCatalogue } from '../graph/stories.ts';
import { validateStory, type StoryRefs } from '../model/story.ts';
import type { Problem } from '../model/validate.ts';
import { seedDir, type LoadedSeed } from './seed-files.ts';

export interface StoryFile {
  /** Relative to the seed folder: "stories/<id>.json". */
  file: string;
  data?: unknown;
  problems: Problem[];
}

export function readStoryFiles(dir = seedDir): StoryFile[] {
  const storyDir = path.join(dir, 'stories');
  if (!fs.existsSync(storyDir)) return [];
  return fs
    .readdirSync(storyDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = `stories/${f}`;
      try {
        return { file, data: JSON.parse(fs.readFileSync(path.join(storyDir, f), 'utf8')) as unknown, problems: [] };
      } catch (err) {
        return { file, problems: [{ file, record: '(file)', field: '(json)', message: `not valid JSON: ${(err as Error).message}` }] };
      }
    });
}

/** Stories as they are on disk, shape-checked only (references are checked by seed:check); the app's StorySource. */
export function loadStories(dir = seedDir): StoryCatalogue {
  const full: Story[] = [];
  const invalid: StoryListResponse['invalid'] = [];
  for (const f of readStoryFiles(dir)) {
    const { story, problems } = f.problems.length ? { story: undefined, problems: f.problems } : validateStory(f.data, f.file);
    if (story) full.push(story);
    else invalid.push({ file: f.file, problems });
  }
  const stories = full.map(({ steps, ...rest }) => ({ ...rest, steps: steps.length }));
  return { stories, invalid, full };
}

/** References resolved against the seed: node ids of both layers, source ids, regions, growth series. */
export function storyRefsFromSeed(seed: LoadedSeed): StoryRefs {
  const labels = new Map<string, string>();
  for (const s of seed.sources) labels.set(s.id, 'Source');
  const nodes = seed.docs.flatMap((d) => d.doc.nodes);
  const rels = seed.docs.flatMap((d) => d.doc.relationships);
  for (const n of nodes) labels.set(n.id, n.label);
  const regions = new Set(nodes.filter((n) => n.label === 'Jurisdiction' && typeof n.region === 'string').map((n) => n.region as string));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const counts = new Map<string, CountRecord[]>();
  const members = new Map<string, MembershipRecord[]>();
  const push = <T>(m: Map<string, T[]>, k: string, v: T) => m.set(k, [...(m.get(k) ?? []), v]);
  for (const r of rels) {
    if (r.type === 'HAS_COUNT') {
      const c = byId.get(r.to);
      if (c) push(counts, r.from, { ...(c as unknown as CountRecord), countId: c.id, sources: [...c.sources, ...r.sources] });
    } else if (r.type === 'MEMBER_OF' || r.type === 'PARTY_TO') {
      const m = byId.get(r.from);
      push(members, r.to, { ...(r as unknown as MembershipRecord), type: r.type, memberId: r.from, memberName: m?.name ?? r.from, memberLabel: m?.label ?? '' });
    }
  }
  return {
    labelOf: (id) => labels.get(id),
    regions,
    seriesOf: (id) => seriesNames(buildPublishedSeries(counts.get(id) ?? []), buildDerivedSeries(members.get(id) ?? [])),
  };
}

/** Every problem of every story file: shape, references, file name, duplicate ids. */
export function checkStories(seed: LoadedSeed, dir = seedDir): { problems: Problem[]; stories: Story[] } {
  const refs = storyRefsFromSeed(seed);
  const problems: Problem[] = [];
  const stories: Story[] = [];
  const seen = new Map<string, string>();
  for (const f of readStoryFiles(dir)) {
    if (f.problems.length) {
      problems.push(...f.problems);
      continue;
    }
    const result = validateStory(f.data, f.file, refs);
    problems.push(...result.problems);
    const story = result.story;
    if (!story) continue;
    if (f.file !== `stories/${story.id}.json`) problems.push({ file: f.file, record: '(story)', field: 'id', message: `the file must be named after the story's id: stories/${story.id}.json` });
    const prev = seen.get(story.id);
    if (prev) problems.push({ file: f.file, record: '(story)', field: 'id', message: `duplicate story id "${story.id}" (already in ${prev})` });
    seen.set(story.id, f.file);
    stories.push(story);
  }
  return { problems, stories };
}
