// After `vite build`: writes a Brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside every text file of dist/
// that shrinks, so the server sends compressed files without compressing on each request (see static-files.ts,
// preCompressed). Fonts and images are compressed already and are left alone.
//   tsx src/server/cli/compress-build.ts [dir]     (npm run build runs it on dist/)
import { readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = new Set(['.js', '.mjs', '.css', '.html', '.json', '.webmanifest', '.svg', '.txt', '.xml', '.map']);
/** Below this, the headers cost more than the bytes saved. */
const MIN_BYTES = 1024;

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.isFile()) yield full;
  }
}

export interface CompressReport {
  files: number;
  bytes: number;
  brotli: number;
  gzip: number;
}

/** Writes `file`'s Brotli and gzip copies beside it (each only if it is smaller); returns the three sizes. */
export function compressFile(file: string): { bytes: number; brotli: number; gzip: number } {
  const source = readFileSync(file);
  const br = brotliCompressSync(source, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: source.length },
  });
  const gz = gzipSync(source, { level: 9 });
  // A copy that would not be smaller is not written, and one left from before is removed: never a stale copy.
  for (const [ext, bytes] of [['.br', br] as const, ['.gz', gz] as const]) {
    if (bytes.length < source.length) writeFileSync(`${file}${ext}`, bytes);
    else rmSync(`${file}${ext}`, { force: true });
  }
  return { bytes: source.length, brotli: Math.min(br.length, source.length), gzip: Math.min(gz.length, source.length) };
}

export function compressBuild(dir: string): CompressReport {
  const report: CompressReport = { files: 0, bytes: 0, brotli: 0, gzip: 0 };
  for (const file of [...files(dir)]) {
    if (!TEXT.has(path.extname(file)) || statSync(file).size < MIN_BYTES) continue;
    const sizes = compressFile(file);
    report.files++;
    report.bytes += sizes.bytes;
    report.brotli += sizes.brotli;
    report.gzip += sizes.gzip;
  }
  return report;
}

const runDirectly = (() => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
})();
if (runDirectly) {
  const dir = path.resolve(process.argv[2] ?? 'dist');
  const r = compressBuild(dir);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`compressed ${r.files} files in ${dir}: ${kb(r.bytes)} → ${kb(r.brotli)} brotli, ${kb(r.gzip)} gzip`);
}
