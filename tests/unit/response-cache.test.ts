// Unit: the GET response cache starts a new generation on every change its app's GraphEvents
// announce, and only on those: another app's events leave it alone.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createGraphEvents, type GraphEvents } from '../../server/events.ts';
import { listen } from '../../server/http/listen.ts';
import { responseCache } from '../../server/http/response-cache.ts';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((r) => s.close(() => r()))));
});

/** An app with one cached GET that counts how often its handler runs. */
async function cachedApp(events: GraphEvents) {
  let calls = 0;
  const app = express();
  app.get('/n', responseCache(10, 60_000, events), (_req, res) => {
    calls++;
    res.json({ calls });
  });
  const server = await listen(app, 0, '127.0.0.1');
  servers.push(server);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/n`;
  return { get: async () => ({ cache: (await fetch(url)).headers.get('x-cache') }), calls: () => calls };
}

describe('responseCache', () => {
  it('serves a hit until its events announce a change, then asks the handler again', async () => {
    const events = createGraphEvents();
    const app = await cachedApp(events);
    expect(await app.get()).toEqual({ cache: 'miss' });
    expect(await app.get()).toEqual({ cache: 'hit' });
    events.changed();
    expect(await app.get()).toEqual({ cache: 'miss' });
    expect(await app.get()).toEqual({ cache: 'hit' });
    expect(app.calls()).toBe(2);
  });

  it('is not invalidated by another app’s events', async () => {
    const mine = createGraphEvents();
    const theirs = createGraphEvents();
    const app = await cachedApp(mine);
    await app.get();
    theirs.changed();
    expect(await app.get()).toEqual({ cache: 'hit' });
  });

  it('GraphEvents: a listener stops when unsubscribed', () => {
    const events = createGraphEvents();
    let n = 0;
    const stop = events.onChanged(() => n++);
    events.changed();
    stop();
    events.changed();
    expect(n).toBe(1);
  });
});
