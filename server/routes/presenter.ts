// The presenter's API: growth series of organisations and the stories in seed/stories/.
// Routes are adapters: validate input (zod), call a graph/ function, send JSON.
import { Router } from 'express';
import { z } from 'zod';
import { getGrowth, listGrowth } from '../graph/growth.ts';
import { getStory, listStories, validateStoryBody } from '../graph/stories.ts';
import { listOf, noQuery, parseInput, validQuery } from '../http/validate.ts';
import { idSchema } from '../model/records.ts';
import type { ApiDeps, ApiShared } from './api.ts';

export function presenterRouter({ db }: ApiDeps, { cache }: ApiShared): Router {
  const r = Router();
  const growthQuery = validQuery(
    z.object({ units: listOf(z.string().trim().min(1).max(100, 'must be at most 100 characters'), 20) }),
    'growth query',
  );

  r.get('/growth', noQuery('growth query'), cache, async (_req, res) => {
    res.json(await listGrowth(db));
  });

  r.get('/growth/:id', growthQuery, cache, async (req, res) => {
    const id = parseInput(idSchema, req.params.id, 'organisation id');
    res.json(await getGrowth(db, id, { units: growthQuery.of(res).units }));
  });

  r.get('/stories', noQuery('stories query'), cache, (_req, res) => {
    res.json(listStories());
  });

  r.get('/stories/:id', noQuery('story query'), cache, (req, res) => {
    const id = parseInput(idSchema, req.params.id, 'story id');
    res.json(getStory(id));
  });

  r.post('/stories/validate', async (req, res) => {
    res.json({ ok: true, story: await validateStoryBody(db, req.body) });
  });

  return r;
}
