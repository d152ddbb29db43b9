// Stories in the UI: a step's view as explorer state and back, the draft's operations and its
// export in the story file format, and the presenter's URLs.
import { describe, expect, it } from 'vitest';
import { defaultViewState } from '../../../lib/view-state.ts';
import { defaultChartsRoute, formatPresenterUrl, parsePresenterUrl, type PresenterRoute } from './present-url.ts';
import {
  addStep,
  draftToStory,
  emptyDraft,
  loadDraft,
  moveStep,
  removeStep,
  saveDraft,
  slugify,
  storyFileText,
  updateStep,
  DRAFT_KEY,
} from './story-draft.ts';
import { STORY_EXPAND_LIMIT, explorerHref, hasNetwork, storyViewToViewState, storyWindow, viewStateToStoryView } from './story-view.ts';

describe('story view ↔ explorer state', () => {
  it('opens a step as explorer state: selection pinned, filters, expansions in full, layout', () => {
    const s = storyViewToViewState(
      {
        selected: 'hk',
        expanded: ['wco', 'wco'],
        filters: {
          labels: ['Jurisdiction', 'Organisation'],
          types: ['MEMBER_OF'],
          regions: ['Asia/Pacific'],
          includeReference: true,
          from: '2024-05',
          to: '2024-11',
        },
        layout: 'concentric',
      },
      'zh',
    );
    expect(s).toMatchObject({
      sel: 'hk',
      pins: ['hk'],
      labels: ['Jurisdiction', 'Organisation'],
      types: ['MEMBER_OF'],
      places: ['r:Asia/Pacific'],
      includeReference: true,
      from: 2024,
      to: 2024,
      layout: 'concentric',
      lang: 'zh',
    });
    expect(s.expansions).toEqual([{ id: 'wco', limit: STORY_EXPAND_LIMIT }]);
    expect(storyWindow({ filters: { from: '2024-05', to: '2024-11' } })).toEqual({ from: '2024-05', to: '2024-11' });
    expect(explorerHref({ selected: 'icac', layout: 'circle' }, 'en')).toBe('/?sel=icac&layout=circle&pins=icac');
  });

  it('tells chart-only steps from network steps', () => {
    expect(hasNetwork({ selected: 'iaaca', chart: { organisations: ['iaaca'] } })).toBe(false);
    expect(hasNetwork({ selected: 'iaaca' })).toBe(true);
    expect(hasNetwork({ chart: { organisations: ['iaaca'] }, expanded: ['iaaca'] })).toBe(true);
  });

  it('turns explorer state into a step and names what the story format cannot keep', () => {
    const s = {
      ...defaultViewState(),
      sel: 'icac',
      labels: ['Agency', 'Event'],
      types: ['HOSTED'],
      from: 2024,
      to: 2024,
      places: ['r:Europe', 'hk'],
      expansions: [
        { id: 'icac', limit: 25 },
        { id: 'icac', type: 'SIGNED', limit: 25 },
      ],
      pins: ['icac', 'wco'],
      hidden: ['x'],
      layout: 'circle' as const,
    };
    const { view, dropped } = viewStateToStoryView(s);
    expect(view).toEqual({
      selected: 'icac',
      filters: { labels: ['Agency', 'Event'], types: ['HOSTED'], from: '2024', to: '2024', regions: ['Europe'] },
      expanded: ['icac'],
      layout: 'circle',
    });
    expect(dropped.sort()).toEqual(['expansionTypes', 'hidden', 'jurisdictions', 'pins']);
    expect(viewStateToStoryView(defaultViewState())).toEqual({ view: { layout: 'fcose' }, dropped: [] });
  });
});

describe('story draft', () => {
  const step = (caption: string) => ({ caption, view: { selected: 'icac' } });

  it('adds, edits, moves and removes steps without touching the original', () => {
    const d0 = emptyDraft();
    const d1 = addStep(addStep(addStep(d0, step('a')), step('b')), step('c'));
    expect(d0.steps).toEqual([]);
    expect(moveStep(d1, 0, 1).steps.map((s) => s.caption)).toEqual(['b', 'a', 'c']);
    expect(moveStep(d1, 2, 1)).toBe(d1);
    expect(removeStep(d1, 1).steps.map((s) => s.caption)).toEqual(['a', 'c']);
    expect(updateStep(d1, 2, { captionZh: '丙' }).steps[2]).toEqual({ caption: 'c', captionZh: '丙', view: { selected: 'icac' } });
  });

  it('exports the story format: trimmed texts, no empty Chinese, no UI-only fields', () => {
    const d = {
      ...emptyDraft(),
      id: 'icac-2024',
      title: ' ICAC in 2024 ',
      titleZh: '  ',
      steps: [{ caption: ' First ', captionZh: '', view: { selected: 'icac' }, explorerUrl: '/?sel=icac', dropped: ['pins' as const] }],
    };
    const story = draftToStory(d);
    expect(story).toEqual({ id: 'icac-2024', title: 'ICAC in 2024', steps: [{ caption: 'First', view: { selected: 'icac' } }] });
    expect(storyFileText(story).endsWith('}\n')).toBe(true);
    expect(JSON.parse(storyFileText(story))).toEqual(story);
  });

  it('makes story ids from titles', () => {
    expect(slugify('The ICAC’s network, 2022–2025')).toBe('the-icac-s-network-2022-2025');
    expect(slugify('廉署')).toBe('story');
  });

  it('keeps the draft in storage and ignores what it cannot read', () => {
    const mem = new Map<string, string>();
    const storage = {
      getItem: (k: string) => mem.get(k) ?? null,
      setItem: (k: string, v: string) => void mem.set(k, v),
      removeItem: (k: string) => void mem.delete(k),
    };
    expect(loadDraft(storage)).toBeNull();
    const d = addStep(emptyDraft(), step('a'));
    saveDraft(d, storage);
    expect(loadDraft(storage)).toEqual(d);
    mem.set(DRAFT_KEY, '{"id":1}');
    expect(loadDraft(storage)).toBeNull();
    mem.set(DRAFT_KEY, 'not json');
    expect(loadDraft(storage)).toBeNull();
    saveDraft(null, storage);
    expect(mem.has(DRAFT_KEY)).toBe(false);
  });
});

describe('presenter URLs', () => {
  it('gives every story step its own URL, both ways', () => {
    const url = formatPresenterUrl({ view: 'story', id: 'icac-network-2022-2025', step: 2, present: true }, 'zh');
    expect(url).toBe('/present/story/icac-network-2022-2025/3?present=1&lang=zh');
    expect(parsePresenterUrl('/present/story/icac-network-2022-2025/3', '?present=1&lang=zh')).toEqual({
      route: { view: 'story', id: 'icac-network-2022-2025', step: 2, present: true },
      lang: 'zh',
    });
    expect(parsePresenterUrl('/present', '?story=customs-wco-asia-pacific&step=4').route).toEqual({
      view: 'story',
      id: 'customs-wco-asia-pacific',
      step: 3,
      present: false,
    });
    expect(parsePresenterUrl('/present/story/x/999', '').route).toMatchObject({ step: 0 });
  });

  it('keeps the chart choice in the URL and drops malformed values', () => {
    const route = {
      view: 'charts' as const,
      orgs: ['iaaca', 'globe-network'],
      units: ['member organisations', 'authorities'],
      milestones: 'all' as const,
      years: 'all' as const,
    };
    const url = formatPresenterUrl(route, 'en');
    expect(url).toBe('/present/charts?orgs=iaaca,globe-network&units=member+organisations,authorities&ms=all&years=all');
    const [path, search] = url.split('?');
    expect(parsePresenterUrl(path!, search!).route).toEqual(route);
    expect(parsePresenterUrl('/present/charts', '?orgs=IAACA,ok-id&ms=bad&years=bad').route).toEqual({
      view: 'charts',
      orgs: ['ok-id'],
      units: [],
      milestones: 'curated',
      years: 'auto',
    });
    expect(parsePresenterUrl('/present/', '').route).toEqual({ view: 'stories' });
  });

  it('opens the Charts view on a default chart, written into the URL; an emptied choice stays empty', () => {
    const opened = parsePresenterUrl('/present/charts', '').route;
    expect(opened).toEqual(defaultChartsRoute());
    expect(opened).toMatchObject({ orgs: ['iaaca'] });
    expect(formatPresenterUrl(opened, 'zh')).toBe('/present/charts?orgs=iaaca&lang=zh');
    const none = { ...defaultChartsRoute(), orgs: [] } as PresenterRoute;
    const url = formatPresenterUrl(none, 'en');
    expect(url).toBe('/present/charts?orgs=');
    expect(parsePresenterUrl('/present/charts', url.split('?')[1]!).route).toMatchObject({ orgs: [] });
  });
});
