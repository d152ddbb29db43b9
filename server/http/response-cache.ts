// A small in-memory cache for GET responses of the read API. The graph only changes through
// imports and seed loads, so entries are keyed by the validated request (the route, its path
// parameters and its query as `validQuery` parsed it: never the raw URL, so neither unknown
// parameters nor other spellings of the same query make new entries) and by the graph's
// "generation" (this cache's own count of the app's writes: it listens to the app's GraphEvents),
// and expire after a short TTL (writes by other processes or app instances become visible within
// it). ETags let browsers revalidate with a 304. Mount it on a route after the query's validation.
import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { GraphEvents } from '../events.ts';
import { validatedQuery } from './validate.ts';

interface Entry {
  generation: number;
  expires: number;
  body: string;
  etag: string;
}

/**
 * A cache of at most `maxEntries` GET responses (0 turns it off), each kept `ttlMs`; every change
 * `events` announces starts a new generation, so no entry from before a write is served after it
 * (not even one whose request began before the write and finished after).
 */
export function responseCache(maxEntries: number, ttlMs: number, events: Pick<GraphEvents, 'onChanged'>): RequestHandler {
  const entries = new Map<string, Entry>();
  let generation = 0;
  events.onChanged(() => {
    generation++;
  });
  return (req, res, next) => {
    if (maxEntries <= 0 || req.method !== 'GET') return next();
    const key = JSON.stringify([req.route?.path ?? req.path, req.params, validatedQuery(res) ?? req.query]);
    const now = Date.now();
    const hit = entries.get(key);
    if (hit && hit.generation === generation && hit.expires > now) {
      entries.delete(key);
      entries.set(key, hit); // most recently used last
      res.setHeader('ETag', hit.etag);
      res.setHeader('X-Cache', 'hit');
      if (req.get('if-none-match') === hit.etag) return void res.status(304).end();
      return void res.type('json').send(hit.body);
    }
    const gen = generation;
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      if (res.statusCode === 200) {
        const text = JSON.stringify(body);
        const etag = `"${createHash('sha1').update(text).digest('base64url').slice(0, 20)}"`;
        entries.set(key, { generation: gen, expires: Date.now() + ttlMs, body: text, etag });
        if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
        res.setHeader('ETag', etag);
        res.setHeader('X-Cache', 'miss');
        if (req.get('if-none-match') === etag) return res.status(304).end() as unknown as ReturnType<typeof json>;
        return res.type('json').send(text);
      }
      return json(body);
    };
    next();
  };
}
