// Generates the typed API clients from openapi/v1.json (npm run api:generate): each optional module's into its feature
// folder, as its src/app/features/<module>/ng-openapi-gen.json says (includeTags: the module's tag, output: its api/
// folder), and the platform's into src/app/api (ng-openapi-gen.json) without every module's tags. A new module brings
// its configuration in its own folder (etc/new-module.sh writes it); nothing here or in the platform's file changes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const generate = (config) => execFileSync(join('node_modules', '.bin', 'ng-openapi-gen'), ['-c', config], { stdio: 'inherit', shell: process.platform === 'win32' });
const read = (path) => JSON.parse(readFileSync(path, 'utf8'));

const modules = readdirSync('src/app/features')
  .map((folder) => `src/app/features/${folder}/ng-openapi-gen.json`)
  .filter((path) => existsSync(path));
const moduleTags = modules.flatMap((path) => read(path).includeTags ?? []);

const scratch = mkdtempSync(join(tmpdir(), 'msaas-api-'));
try {
  const platform = join(scratch, 'ng-openapi-gen.json');
  writeFileSync(platform, JSON.stringify({ ...read('ng-openapi-gen.json'), excludeTags: moduleTags }));
  generate(platform);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
for (const config of modules) generate(config);
