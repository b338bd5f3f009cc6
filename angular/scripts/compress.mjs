// Pre-compresses the built portal (Brotli at maximum quality, gzip level 9) next to each file (.br, .gz);
// the host serves those to browsers that accept them (PortalHostingExtensions), so no request pays for it.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = path.resolve(process.argv[2] ?? fileURLToPath(new URL('../dist/portal/browser', import.meta.url)));
const compressible = /\.(js|css|html|svg|json|txt|ico)$/;
let before = 0;
let after = 0;
for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !compressible.test(entry.name)) continue;
  const file = path.join(entry.parentPath ?? entry.path, entry.name);
  const content = await readFile(file);
  if (content.length < 1024) continue;
  const br = brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } });
  await writeFile(`${file}.br`, br);
  await writeFile(`${file}.gz`, gzipSync(content, { level: 9 }));
  before += content.length;
  after += br.length;
}
console.log(`compressed ${(before / 1024).toFixed(0)} kB to ${(after / 1024).toFixed(0)} kB (brotli) in ${root}`);
