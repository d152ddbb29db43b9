// Unit: presenter story validation (shape, references against the seed, file checks); the shipped stories pass.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateStory } from '../../server/model/story.ts';
import { loadSeed } from '../../server/seed/seed-files.ts';
import { checkStories, storyRefsFromSeed } from '../../server/seed/story-files.ts';

const seed = loadSeed();
const refs = storyRefsFromSeed(seed);
const story = (steps: unknown[], extra: Record<string, unknown> = {}) => ({ id: 'draft', title: 'Draft', steps, ...extra });
const step = (view: Record<string, unknown>) => ({ caption: 'A caption', view });

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-stories-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('story validation', () => {
  it('accepts the shipped stories: every id in the seed, 5 to 8 steps, captions in English and Chinese', () => {
    const { problems, stories } = checkStories(seed);
    expect(problems).toEqual([]);
    expect(stories.map((s) => s.id).sort()).toEqual(['customs-wco-asia-pacific', 'icac-network-2022-2025']);
    for (const s of stories) {
      expect(s.steps.length).toBeGreaterThanOrEqual(5);
      expect(s.steps.length).toBeLessThanOrEqual(8);
      for (const st of s.steps) expect(st.captionZh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('accepts a well-formed story with a chart, filters and a timeline', () => {
    const result = validateStory(
      story([
        step({
          selected: 'icac',
          layout: 'grid',
          filters: {
            labels: ['Agency'],
            types: ['SIGNED'],
            from: '2024-05',
            to: '2024',
            regions: ['Asia/Pacific'],
            includeReference: false,
          },
          chart: { organisations: ['iaaca', 'uncac'], units: ['member organisations', 'states parties'] },
          timeline: { from: '2022', to: '2025' },
        }),
      ]),
      'x.json',
      refs,
    );
    expect(result.problems).toEqual([]);
    expect(result.story?.steps[0].view.layout).toBe('grid');
  });

  it('reports shape problems by record and field', () => {
    const { problems } = validateStory(
      story(
        [
          step({ selected: 'icac' }),
          step({ layout: 'spiral', filters: { from: '2025', to: '2024', labels: ['Bogus'] }, timeline: { from: '2024-02-30' } }),
        ],
        { colour: 'red' },
      ),
      'stories/draft.json',
    );
    expect(problems).toContainEqual({
      file: 'stories/draft.json',
      record: '(story)',
      field: 'colour',
      message: 'unknown property (the story format: server/model/story.ts)',
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        record: 'steps[1]',
        field: 'view.layout',
        message: 'must be one of fcose, concentric, breadthfirst, circle, grid',
      }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ record: 'steps[1]', field: 'view.filters.labels[0]' }));
    expect(problems).toContainEqual(
      expect.objectContaining({ record: 'steps[1]', field: 'view.timeline.from', message: 'is not a real calendar date' }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ record: 'steps[1]', field: 'view.timeline.to' }));
    expect(problems.some((p) => p.record === 'steps[0]')).toBe(false);
  });

  it('reports a window whose start is after its end, but not one that overlaps a partial end', () => {
    expect(validateStory(story([step({ filters: { from: '2025', to: '2024' } })]), 'f').problems).toEqual([
      { file: 'f', record: 'steps[0]', field: 'view.filters.from', message: '"from" must not be after "to"' },
    ]);
    expect(validateStory(story([step({ filters: { from: '2024-05', to: '2024' } })]), 'f').problems).toEqual([]);
  });

  it('reports dangling ids, a chart of an agency or of an organisation without series, unknown units and regions', () => {
    const { problems } = validateStory(
      story([
        step({ selected: 'no-such-node', expanded: ['icac', 'ghost'] }),
        step({ chart: { organisations: ['icac', 'hkiaac', 'missing-org'] } }),
        step({
          chart: { organisations: ['globe-network'], units: ['authorities', 'light years'] },
          filters: { regions: ['Asia/Pacific', 'Atlantis'] },
        }),
      ]),
      'f',
      refs,
    );
    expect(problems).toEqual([
      { file: 'f', record: 'steps[0]', field: 'view.selected', message: 'no node with id "no-such-node" (dangling reference)' },
      { file: 'f', record: 'steps[0]', field: 'view.expanded[1]', message: 'no node with id "ghost" (dangling reference)' },
      {
        file: 'f',
        record: 'steps[1]',
        field: 'view.chart.organisations[0]',
        message: '"icac" is an Agency; a chart plots organisations and agreements',
      },
      {
        file: 'f',
        record: 'steps[1]',
        field: 'view.chart.organisations[1]',
        message: '"hkiaac" has no growth series (no member counts and no dated members)',
      },
      {
        file: 'f',
        record: 'steps[1]',
        field: 'view.chart.organisations[2]',
        message: 'no node with id "missing-org" (dangling reference)',
      },
      {
        file: 'f',
        record: 'steps[2]',
        field: 'view.filters.regions[1]',
        message: 'unknown region "Atlantis"; known: Asia/Pacific, East and Southern Africa, Europe',
      },
      { file: 'f', record: 'steps[2]', field: 'view.chart.units[1]', message: 'no series in "light years" for globe-network' },
    ]);
  });

  it('checks story files: JSON, file named after the id, unique ids', () => {
    const dir = path.join(tmp, 'stories');
    fs.mkdirSync(dir);
    const valid = JSON.stringify(story([step({ selected: 'icac' })], { id: 'one' }));
    fs.writeFileSync(path.join(dir, 'one.json'), valid);
    fs.writeFileSync(path.join(dir, 'two.json'), valid);
    fs.writeFileSync(path.join(dir, 'broken.json'), '{ "id": ');
    const { problems, stories } = checkStories(seed, tmp);
    expect(stories.map((s) => s.id)).toEqual(['one', 'one']);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'stories/broken.json', record: '(file)', field: '(json)' }));
    expect(problems).toContainEqual({
      file: 'stories/two.json',
      record: '(story)',
      field: 'id',
      message: "the file must be named after the story's id: stories/one.json",
    });
    expect(problems).toContainEqual({
      file: 'stories/two.json',
      record: '(story)',
      field: 'id',
      message: 'duplicate story id "one" (already in stories/one.json)',
    });
    expect(problems).toHaveLength(3);
  });
});
