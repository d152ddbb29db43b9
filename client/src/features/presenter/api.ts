// The presenter's one write-like call: POST /api/stories/validate checks a story built in the UI
// against the live graph (ids, chart organisations and units, regions).
import type { ApiError, Story, StoryProblem, StoryValidateResponse } from '../../../../server/shared/contracts.ts';

export type ValidationResult = { ok: true; story: Story } | { ok: false; message: string; problems: StoryProblem[] };

export async function validateStory(story: Story, signal?: AbortSignal): Promise<ValidationResult> {
  let res: Response;
  try {
    res = await fetch('/api/stories/validate', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(story),
      signal,
    });
  } catch (e) {
    return { ok: false, message: (e as Error).message || 'network error', problems: [] };
  }
  const body = (await res.json().catch(() => undefined)) as StoryValidateResponse | ApiError | undefined;
  if (res.ok && body && 'ok' in body) return { ok: true, story: body.story };
  const err = body && 'error' in body ? body.error : undefined;
  const problems = (err?.details as { problems?: StoryProblem[] } | undefined)?.problems ?? [];
  return { ok: false, message: err?.message ?? `HTTP ${res.status}`, problems };
}
