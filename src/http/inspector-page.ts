import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Router, type Response } from 'express';
import { inspectorDir, packageRoot } from '../paths.js';
import { INSPECTOR_PATH } from './inspector-path.js';

/**
 * The page's policy: its own scripts and styles only (no inline script or style), images from
 * itself or data: URIs (MFA image challenges), requests to this origin only.
 */
export const INSPECTOR_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

interface Asset {
  type: string;
  body: Buffer;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

function asset(file: string): Asset {
  return { type: TYPES[file.slice(file.lastIndexOf('.'))]!, body: readFileSync(file) };
}

/** preact and htm as their packages publish them (ES modules that import nothing), found wherever npm put them. */
function vendorFiles(): Record<string, Asset> {
  const require = createRequire(join(packageRoot, 'package.json'));
  return {
    'vendor/preact.mjs': asset(require.resolve('preact')),
    'vendor/htm.mjs': asset(join(dirname(require.resolve('htm')), 'htm.module.js')),
  };
}


function send(res: Response, found: Asset): void {
  res.status(200);
  res.setHeader('Content-Type', found.type);
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', INSPECTOR_CSP);
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.end(found.body);
}

/** The inspector page at /__mock/ui and its assets under it; GET / redirects to it. */
export function createInspectorRouter(): Router {
  const page = asset(join(inspectorDir, 'index.html'));
  // read once at startup, so no request ever names a file on disk
  const files = new Map<string, Asset>(Object.entries(vendorFiles()));
  for (const name of readdirSync(inspectorDir).filter((file) => /\.(js|css)$/.test(file))) files.set(name, asset(join(inspectorDir, name)));
  const router = Router({ caseSensitive: true, strict: true });
  router.get('/', (_req, res) => {
    res.redirect(302, INSPECTOR_PATH);
  });
  router.get(INSPECTOR_PATH, (_req, res) => send(res, page));
  // the page's relative URLs resolve against /__mock/ui, not /__mock/ui/
  router.get(`${INSPECTOR_PATH}/`, (_req, res) => {
    res.redirect(302, INSPECTOR_PATH);
  });
  router.get(`${INSPECTOR_PATH}/*file`, (req, res, next) => {
    const found = files.get(req.path.slice(INSPECTOR_PATH.length + 1));
    if (found) send(res, found);
    else next();
  });
  return router;
}
