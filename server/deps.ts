// What the server is built from: one type for createApp and every router. The caller (start.ts,
// the tests' harness) gives the database, the config and where stories and document texts come
// from (the seed readers, server/seed/); the rest has defaults.
import type { Config } from './config.ts';
import type { GraphDb } from './db/graph-db.ts';
import { createGraphEvents, type GraphEvents } from './events.ts';
import type { SourceTextReader } from './graph/sources.ts';
import type { StorySource } from './graph/stories.ts';

export interface ServerDeps {
  config: Config;
  db: GraphDb;
  mode: 'embedded' | 'external';
  /** Presenter stories (the app's: seed/stories/*.json, `loadStories`). */
  stories: StorySource;
  /** The text of a document source (the app's: seed/sources/, `readSourceText`). */
  sourceText: SourceTextReader;
  /** Told after every write through this app; the response cache listens. */
  graphEvents: GraphEvents;
  /** The app's version, shown by /api/health and the OpenAPI document. */
  version: string;
  /** Where warnings and request lines go. */
  log: (line: string) => void;
  /** The built client (default dist/client). */
  clientDir?: string;
}

type Defaulted = 'graphEvents' | 'version' | 'log';

/** ServerDeps as a caller gives them: events, version and log may be left out. */
export type ServerDepsInput = Omit<ServerDeps, Defaulted> & Partial<Pick<ServerDeps, Defaulted>>;

export function withDefaults(deps: ServerDepsInput): ServerDeps {
  return {
    ...deps,
    graphEvents: deps.graphEvents ?? createGraphEvents(),
    version: deps.version ?? '0.1.0',
    log: deps.log ?? console.error,
  };
}
