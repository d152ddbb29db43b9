// The story being written in the UI: steps collected from the explorer ("Add to story") and the
// charts, kept in localStorage until exported as a file for seed/stories/. Pure operations on
// the draft plus a small storage wrapper (the explorer and the presenter may be different tabs).
import { slugify as slugifyShared } from '../../../../../server/shared/slug.ts';
import type { Story, StoryStep } from '../../../../../server/shared/contracts.ts';
import type { DroppedPart } from './story-view.ts';

export interface DraftStep extends StoryStep {
  /** The explorer URL the step was taken from (not exported: the story format has no place for it). */
  explorerUrl?: string;
  dropped?: DroppedPart[];
}

export interface StoryDraft {
  id: string;
  title: string;
  titleZh?: string;
  description?: string;
  descriptionZh?: string;
  steps: DraftStep[];
}

export const DRAFT_KEY = 'cooperation-atlas.story-draft.v1';
export const DRAFT_EVENT = 'atlas-story-draft';

export function emptyDraft(): StoryDraft {
  return { id: 'my-story', title: 'My story', steps: [] };
}

/** A story id from a title: lower-case ASCII words joined by hyphens ("story" when none). */
export function slugify(s: string): string {
  return slugifyShared(s, { ampersand: false }) || 'story';
}

export function addStep(d: StoryDraft, step: DraftStep): StoryDraft {
  return { ...d, steps: [...d.steps, step] };
}

export function updateStep(d: StoryDraft, i: number, patch: Partial<DraftStep>): StoryDraft {
  if (i < 0 || i >= d.steps.length) return d;
  return { ...d, steps: d.steps.map((s, j) => (j === i ? { ...s, ...patch } : s)) };
}

export function moveStep(d: StoryDraft, i: number, delta: number): StoryDraft {
  const j = i + delta;
  if (i < 0 || i >= d.steps.length || j < 0 || j >= d.steps.length) return d;
  const steps = [...d.steps];
  const [s] = steps.splice(i, 1);
  steps.splice(j, 0, s!);
  return { ...d, steps };
}

export function removeStep(d: StoryDraft, i: number): StoryDraft {
  if (i < 0 || i >= d.steps.length) return d;
  return { ...d, steps: d.steps.filter((_, j) => j !== i) };
}

const clean = (s: string | undefined) => {
  const v = s?.trim();
  return v ? v : undefined;
};

/** The draft in the story file format: UI-only fields dropped, empty optional texts left out. */
export function draftToStory(d: StoryDraft): Story {
  const story: Story = { id: d.id.trim(), title: d.title.trim(), steps: [] };
  const titleZh = clean(d.titleZh);
  const description = clean(d.description);
  const descriptionZh = clean(d.descriptionZh);
  if (titleZh) story.titleZh = titleZh;
  if (description) story.description = description;
  if (descriptionZh) story.descriptionZh = descriptionZh;
  story.steps = d.steps.map((s) => {
    const step: StoryStep = { caption: s.caption.trim(), view: s.view };
    const zh = clean(s.captionZh);
    if (zh) step.captionZh = zh;
    return step;
  });
  return story;
}

/** The file as it goes into seed/stories/ (two-space indent, final newline). */
export function storyFileText(story: Story): string {
  return `${JSON.stringify(story, null, 2)}\n`;
}

function isDraft(v: unknown): v is StoryDraft {
  const d = v as StoryDraft;
  return (
    !!d &&
    typeof d === 'object' &&
    typeof d.id === 'string' &&
    typeof d.title === 'string' &&
    Array.isArray(d.steps) &&
    d.steps.every((s) => s && typeof s.caption === 'string' && s.view && typeof s.view === 'object')
  );
}

/** Reads the draft; a missing or unreadable one gives null. */
export function loadDraft(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): StoryDraft | null {
  try {
    const raw = storage?.getItem(DRAFT_KEY);
    if (!raw) return null;
    const v = JSON.parse(raw) as unknown;
    return isDraft(v) ? v : null;
  } catch {
    return null;
  }
}

export function saveDraft(
  d: StoryDraft | null,
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined = globalThis.localStorage,
): void {
  try {
    if (d) storage?.setItem(DRAFT_KEY, JSON.stringify(d));
    else storage?.removeItem(DRAFT_KEY);
  } catch {
    /* storage full or disabled: the draft lives for this page only */
  }
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(DRAFT_EVENT));
}
