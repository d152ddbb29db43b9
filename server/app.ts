// Builds the Express app (never listens): security headers, JSON API, the built client, one error handler last.
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import helmet from 'helmet';
import type { Config } from './config.ts';
import type { GraphDb } from './db/graph-db.ts';
import { errorHandler } from './http/errors.ts';
import { responseCache } from './http/response-cache.ts';
import { projectRoot } from './neo4j-local/paths.ts';
import { apiRouter } from './routes/api.ts';

export interface AppDeps {
  config: Config;
  db: GraphDb;
  mode: 'embedded' | 'external';
  version?: string;
  clientDir?: string;
  log?: (line: string) => void;
}

export const clientDist = path.join(projectRoot, 'dist', 'client');

export function createApp({ config, db, mode, version = '0.1.0', clientDir = clientDist, log = console.error }: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.set('query parser', 'simple');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          workerSrc: ["'self'", 'blob:'],
          mediaSrc: ["'self'", 'blob:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  // CORS is closed unless CORS_ORIGINS names the allowed origins.
  app.use((req, res, next) => {
    const origin = req.get('origin');
    if (origin && config.corsOrigins.includes(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
      if (req.method === 'OPTIONS') return void res.status(204).end();
    }
    next();
  });
  if (config.LOG_REQUESTS === 'true') {
    app.use((req, res, next) => {
      const t = Date.now();
      res.on('finish', () => log(`${req.method} ${req.originalUrl} ${res.statusCode} ${Date.now() - t}ms`));
      next();
    });
  }
  app.use('/api', express.json({ limit: config.BODY_LIMIT, strict: true }));
  // Health must always ask the database; everything else GET may come from the cache.
  const cache = responseCache(config.API_CACHE_ENTRIES, config.API_CACHE_TTL_MS);
  app.use('/api', (req, res, next) => (req.path === '/health' ? next() : cache(req, res, next)));
  app.use('/api', apiRouter({ config, db, mode, version }));

  if (fs.existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    const index = fs.readFileSync(path.join(clientDir, 'index.html'), 'utf8');
    app.get(/^\/(?!api\/).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.type('html').send(index);
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('text').send('Cooperation Atlas API is running. The client is not built: run `npm run build` (npm start does it). API: /api/openapi.json');
    });
  }
  app.use(errorHandler(log));
  return app;
}
