// The presenter's API: growth series of organisations and the stories in seed/stories/.
// Routes are adapters: validate input (zod), call a graph/ function, send JSON.
import { Router } from 'express';
import { z } from 'zod';
import { getGrowth, listGrowth } from '../graph/growth.ts';
import { getStory, listStories, validateStoryBody } from '../graph/stories.ts';
import { listParam, parseInput } from '../http/validate.ts';
import { idSchema } from '../model/records.ts';
import type { ApiDeps } from './api.ts';

export function presenterRouter({ db }: ApiDeps): Router {
  const r = Router();

  r.get('/growth', async (_req, res) => {
    res.json(await listGrowth(db));
  });

  r.get('/growth/:id', async (req, res) => {
    const id = parseInput(idSchema, req.params.id, 'organisation id');
    const q = parseInput(
      z.object({ units: z.array(z.string().trim().min(1).max(100, 'must be at most 100 characters')).max(20).optional() }),
      { units: listParam(req.query.units) },
      'growth query',
    );
    res.json(await getGrowth(db, id, { units: q.units }));
  });

  r.get('/stories', (_req, res) => {
    res.json(listStories());
  });

  r.get('/stories/:id', (req, res) => {
    const id = parseInput(idSchema, req.params.id, 'story id');
    res.json(getStory(id));
  });

  r.post('/stories/validate', async (req, res) => {
    res.json({ ok: true, story: await validateStoryBody(db, req.body) });
  });

  return r;
}
