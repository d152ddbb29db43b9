// Every API address the client uses, built in one place (the server's routes: server/routes/,
// documented at /api/openapi.json), and the calls that are not cached GETs.
import type {
  CuratedQueryRunResponse,
  CypherResponse,
  Story,
  StoryProblem,
  StoryValidateResponse,
} from '../../../server/shared/contracts.ts';
import { ApiRequestError, postJson } from './http.ts';

const enc = encodeURIComponent;
const withQuery = (path: string, q: Record<string, string | undefined>) => {
  const p = new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => e[1] !== undefined));
  const s = p.toString();
  return s ? `${path}?${s}` : path;
};

export const urls = {
  graph: (q: URLSearchParams) => `/api/graph?${q}`,
  search: (q: string, limit: number) => withQuery('/api/search', { q, limit: String(limit) }),
  node: (id: string) => `/api/nodes/${enc(id)}`,
  nodeRefs: (ids: string[]) => withQuery('/api/node-refs', { ids: ids.join(',') }),
  paths: (from: string, to: string, maxHops: number) => withQuery('/api/paths', { from, to, maxHops: String(maxHops) }),
  common: (a: string, b: string) => withQuery('/api/common', { a, b }),
  sources: () => '/api/sources',
  source: (id: string) => `/api/sources/${enc(id)}`,
  schema: () => '/api/schema',
  queries: () => '/api/queries',
  runQuery: (id: string) => `/api/queries/${enc(id)}/run`,
  cypher: () => '/api/cypher',
  growthList: () => '/api/growth',
  growth: (orgId: string) => `/api/growth/${enc(orgId)}`,
  stories: () => '/api/stories',
  story: (id: string) => `/api/stories/${enc(id)}`,
  validateStory: () => '/api/stories/validate',
  session: () => '/api/session',
  accounts: () => '/api/accounts',
  account: (name: string) => `/api/accounts/${enc(name)}`,
  import: () => '/api/import',
} as const;

/** Runs a console query once (no automatic retry: the console runs what it is asked, once). */
export function runCypher(query: string, params: Record<string, unknown>, signal?: AbortSignal): Promise<CypherResponse> {
  return postJson<CypherResponse>(urls.cypher(), { query, params }, signal);
}

export function runCurated(id: string, params: Record<string, unknown>, signal?: AbortSignal): Promise<CuratedQueryRunResponse> {
  return postJson<CuratedQueryRunResponse>(urls.runQuery(id), { params }, signal);
}

export type ValidationResult = { ok: true; story: Story } | { ok: false; message: string; problems: StoryProblem[] };

/** Checks a story built in the UI against the live graph (ids, chart organisations and units, regions). */
export async function validateStory(story: Story, signal?: AbortSignal): Promise<ValidationResult> {
  try {
    const body = await postJson<StoryValidateResponse>(urls.validateStory(), story, signal);
    return { ok: true, story: body.story };
  } catch (e) {
    if (!(e instanceof ApiRequestError)) throw e;
    const problems = (e.details as { problems?: StoryProblem[] } | undefined)?.problems ?? [];
    return { ok: false, message: e.message, problems };
  }
}
