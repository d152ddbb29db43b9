// Builds the Express app (never listens): security headers, JSON API, the built client, one error handler last.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express, { type RequestHandler } from 'express';
import helmet from 'helmet';
import { hostName, type Config } from './config.ts';
import { withDefaults, type ServerDepsInput } from './deps.ts';
import { AppError } from './errors.ts';
import { errorHandler } from './http/errors.ts';
import { projectRoot } from './neo4j-local/paths.ts';
import { mountApi } from './routes/index.ts';

export const clientDist = path.join(projectRoot, 'dist', 'client');

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const ALL_INTERFACES = new Set(['0.0.0.0', '::', '[::]', '']);

/**
 * The Host names this app answers to (a defence against DNS rebinding: a page on another site
 * whose name resolves to this machine sends its own name as Host). The loopback names and any
 * `*.localhost`; HOST when it names one interface; when HOST is every interface (0.0.0.0, ::),
 * this machine's own addresses; ALLOWED_HOSTS (`*` any, `*.example.org` any subdomain). Ports are ignored.
 */
export function hostAllowed(config: Pick<Config, 'HOST' | 'allowedHosts'>): (host: string | undefined) => boolean {
  const exact = new Set(LOOPBACK_NAMES);
  const suffixes = ['.localhost'];
  let any = false;
  const host = hostName(config.HOST);
  if (!ALL_INTERFACES.has(host)) exact.add(host);
  else {
    for (const addrs of Object.values(os.networkInterfaces()))
      for (const a of addrs ?? []) exact.add(hostName(a.address.split('%')[0] ?? ''));
  }
  for (const h of config.allowedHosts) {
    if (h === '*') any = true;
    else if (h.startsWith('*.')) suffixes.push(h.slice(1));
    else exact.add(h);
  }
  return (raw) => {
    if (raw === undefined || raw.trim() === '') return false;
    if (any) return true;
    const h = hostName(raw);
    return exact.has(h) || suffixes.some((s) => h.endsWith(s) && h.length > s.length);
  };
}

function hostCheck(config: Config): RequestHandler {
  const allowed = hostAllowed(config);
  return (req, _res, next) => {
    const host = req.headers.host;
    if (allowed(host)) return next();
    const shown = (host ?? '').slice(0, 100).replace(/[^\x20-\x7e]/g, '?');
    next(
      new AppError(
        421,
        'host_not_allowed',
        host
          ? `This server does not answer to the host "${shown}". Set ALLOWED_HOSTS to add it.`
          : 'This server answers only requests that name it in a Host header. Set ALLOWED_HOSTS to add a host name.',
      ),
    );
  };
}

export function createApp(input: ServerDepsInput): express.Express {
  const deps = withDefaults(input);
  const { config, log, clientDir = clientDist } = deps;
  const app = express();
  app.disable('x-powered-by');
  // X-Forwarded-For is believed only from the proxies TRUST_PROXY names (default: none), so a
  // client cannot pick its own address (and a fresh rate-limit budget) with a header.
  app.set('trust proxy', config.trustProxy);
  app.set('query parser', 'simple');
  // First: a request for a host this server is not served as gets nothing else (421).
  app.use(hostCheck(config));
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
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PATCH, DELETE');
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
  // The routers, by resource (routes/index.ts). The GET response cache is mounted per route, after
  // each query's validation: it is keyed by the validated input. Health always asks the database.
  mountApi(app, deps);

  if (fs.existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    const index = fs.readFileSync(path.join(clientDir, 'index.html'), 'utf8');
    app.get(/^\/(?!api\/).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.type('html').send(index);
    });
  } else {
    app.get('/', (_req, res) => {
      res
        .type('text')
        .send('Cooperation Atlas API is running. The client is not built: run `npm run build` (npm start does it). API: /api/openapi.json');
    });
  }
  app.use(errorHandler(log));
  return app;
}
