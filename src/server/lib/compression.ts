// API answers of 1 KB or more are compressed (Brotli or gzip, as the request's Accept-Encoding prefers): a phone's
// first pull carries its council's wall, feed, surveys and local offer. Only API routes: the built PWA's files are
// compressed once by the build (src/server/cli/compress-build.ts) and sent as they are (static-files.ts), so they are
// never compressed again per request. Request bodies are never decompressed: a phone sends small JSON, and a
// compressed body could unpack past the body limit.
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import { isApiPath } from './security-headers';

/** Answers smaller than this go as they are: compressing them saves too little to be worth the work. */
export const COMPRESS_THRESHOLD = 1024;

export async function registerCompression(app: FastifyInstance): Promise<void> {
  // Runs before the plugin's own onRoute hook (added when it registers), so it sees the opt-out.
  app.addHook('onRoute', (route) => {
    if (!isApiPath(route.url)) route.compress = false;
  });
  await app.register(fastifyCompress, {
    global: true,
    globalDecompression: false,
    encodings: ['br', 'gzip'],
    threshold: COMPRESS_THRESHOLD,
  });
}
