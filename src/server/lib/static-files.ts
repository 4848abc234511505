// Serves the built PWA (dist/). The shell files must be revalidated on every load so an update is found; hashed
// assets never change and are cached for a year. Any other page path is the app's own route: index.html.
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isApiPath } from './security-headers';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Cache policy for a file under the static root, by its path relative to it ('/assets/x.js'). */
export function cacheControlFor(relativePath: string): string {
  const p = relativePath.replaceAll('\\', '/');
  return p.startsWith('/assets/') || p.startsWith('assets/') ? IMMUTABLE : REVALIDATE;
}

const NOT_BUILT = `Heard's server is running, but the app has not been built yet.

Build it with:   npm run build
or build and start with:   npm start

The API answers under /api/v1/.
`;

function notFoundJson(reply: FastifyReply) {
  return reply.code(404).send({ code: 'not-found', message: 'There is nothing at this address.' });
}

/** Whether a path asks for a file (has an extension, or is a hashed asset) rather than an app page. */
function looksLikeFile(url: string): boolean {
  const pathname = url.split('?')[0] ?? url;
  return pathname.startsWith('/assets/') || path.posix.extname(pathname) !== '' || /\/\./.test(pathname);
}

/** Whether a page address is a join link: /join, or /join/<code>. */
export function isJoinLink(url: string): boolean {
  const pathname = url.split('?')[0] ?? url;
  return /^\/join(\/[^/]*)?\/?$/.test(pathname);
}

export async function registerStaticFiles(app: FastifyInstance, staticDir: string): Promise<void> {
  const built = existsSync(path.join(staticDir, 'index.html'));
  const withJoinPage = built && existsSync(path.join(staticDir, 'join.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: staticDir,
      cacheControl: false,
      dotfiles: 'ignore',
      // Brotli or gzip copies made by the build (src/server/cli/compress-build.ts), chosen by Accept-Encoding.
      preCompressed: true,
      setHeaders: (res, filePath) => {
        res.header('cache-control', cacheControlFor('/' + path.relative(staticDir, filePath).split(path.sep).join('/')));
      },
    });
  }
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    if (isApiPath(request.url)) return notFoundJson(reply);
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFoundJson(reply);
    if (looksLikeFile(request.url)) return notFoundJson(reply);
    if (!built) return reply.code(200).type('text/plain; charset=utf-8').header('cache-control', 'no-store').send(NOT_BUILT);
    // /join/CODE, /staff, /wall...: the app's router decides. A join link is sent index.html with the files it loads
    // before home asked for at once (join.html, made by the build: see vite.config.ts), when the build has it.
    const page = withJoinPage && isJoinLink(request.url) ? 'join.html' : 'index.html';
    return reply.header('cache-control', REVALIDATE).sendFile(page, { cacheControl: false });
  });
}
