// GET /api/stories, /api/stories/:id and POST /api/stories/validate: the presenter's stories
// (from the app's StorySource) and checking a story built in the UI against the graph.
import { Router } from 'express';
import type { ServerDeps } from '../deps.ts';
import { getStory, listStories, validateStoryBody } from '../graph/stories.ts';
import { always, errorResponse, errors } from '../http/openapi.ts';
import { storySchema } from '../model/story.ts';
import type { RouterShared } from './shared.ts';
import { idParam, noQuery } from './params.ts';

export function storiesRouter({ db, stories }: ServerDeps, { api, cache }: RouterShared): Router {
  const r = Router();
  api.route(
    r,
    {
      method: 'get',
      path: '/stories',
      summary: 'Presenter stories (seed/stories/*.json)',
      tags: ['presenter'],
      query: noQuery('stories query'),
      cache,
      responses: { 200: { description: 'StoryListResponse' }, ...always },
    },
    (_req, res) => {
      res.json(listStories(stories));
    },
  );
  api.route(
    r,
    {
      method: 'get',
      path: '/stories/:id',
      summary: 'One story: its steps, each a saved view with a caption',
      tags: ['presenter'],
      params: { id: idParam('story id') },
      query: noQuery('story query'),
      cache,
      responses: { 200: { description: 'Story' }, ...errors },
    },
    (_req, res, { param }) => {
      res.json(getStory(stories, param('id')));
    },
  );
  api.route(
    r,
    {
      method: 'post',
      path: '/stories/validate',
      summary: 'Check a story (the story file format) against the graph: every id exists, charts have series, regions are known',
      tags: ['presenter'],
      body: { schema: storySchema, what: 'story', validatedBy: 'validateStoryBody (model/story.ts validateStory)' },
      responses: {
        200: { description: '{ ok, story }' },
        400: errorResponse('Every problem by record (step) and field'),
        421: always[421],
      },
    },
    async (req, res) => {
      res.json({ ok: true, story: await validateStoryBody(db, req.body) });
    },
  );
  return r;
}
