/// <reference types="node" />
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { featureImports } from './feature-boundary';

/** The core (core/, layout/, shared/) never imports a feature; app.config.ts composes them. */
describe('feature boundary', () => {
  const app = join(process.cwd(), 'src/app');
  const filesUnder = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? filesUnder(join(folder, entry.name))
        : entry.name.endsWith('.ts')
          ? [join(folder, entry.name)]
          : [],
    );

  it('finds no import of features/ in core/, layout/ or shared/', () => {
    const files = ['core', 'layout', 'shared'].flatMap((folder) => filesUnder(join(app, folder)));
    expect(files.length).toBeGreaterThan(30);
    const violations = files.flatMap((file) =>
      featureImports(relative(app, file), readFileSync(file, 'utf8')),
    );
    expect(violations).toEqual([]);
  });

  it('reports static, dynamic and re-exporting imports of a feature', () => {
    const source = [
      "import { eventsEn } from '../../features/events/events.texts.en';",
      "export { x } from '../../features/home/x';",
      "const t = () => import('../../features/events/events.routes');",
      "import { AppConfigService } from '../config/app-config.service';",
      "import { providePortalFeature } from '../features/portal-feature';", // core/features, not features/
    ].join('\n');
    expect(featureImports('core/i18n/texts.en.ts', source)).toEqual([
      'core/i18n/texts.en.ts imports ../../features/events/events.texts.en',
      'core/i18n/texts.en.ts imports ../../features/home/x',
      'core/i18n/texts.en.ts imports ../../features/events/events.routes',
    ]);
  });
});
