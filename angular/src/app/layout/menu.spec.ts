import { MenuEntry } from '../core/features/portal-feature';
import { CollapsedSections, groupMenu, visibleMenu } from './menu';

const icon = { paths: ['M0 0'] };
const entries: MenuEntry[] = [
  { text: 'a', route: '/a', group: 'administration', icon, permission: 'A' },
  { text: 'w1', route: '/w1', group: 'work', icon },
  { text: 'm', route: '/m', group: 'modules', icon, permission: 'M', feature: 'Modules.M' },
  { text: 'w2', route: '/w2', group: 'work', icon },
  { text: 'h', route: '/h', group: 'administration', icon, side: 'host' },
  { text: 'b', route: '/b', group: 'administration', icon, side: 'both' },
];

describe('side menu', () => {
  const routes = (isHost: boolean, granted: string[], features: string[] = []) =>
    visibleMenu(entries, {
      isHost,
      isGranted: (p) => !p || granted.includes(p),
      isFeatureEnabled: (f) => !f || features.includes(f),
    }).map((i) => i.route);

  it('hides entries whose permission is not granted', () => {
    expect(routes(false, [])).toEqual(['/w1', '/w2', '/b']);
  });

  it("shows a module's entry only with its permission and the module switched on", () => {
    expect(routes(false, ['M'], ['Modules.M'])).toContain('/m');
    expect(routes(false, ['M'])).not.toContain('/m');
    expect(routes(false, [], ['Modules.M'])).not.toContain('/m');
  });

  it('keeps host entries from companies and company entries from host operators', () => {
    expect(routes(false, ['A'])).toEqual(['/a', '/w1', '/w2', '/b']);
    expect(routes(true, ['A'])).toEqual(['/h', '/b']);
  });

  it('groups entries in the fixed group order, keeping their order within a group and leaving empty groups out', () => {
    const sections = groupMenu(entries.filter((e) => e.route !== '/m'));
    expect(sections.map((s) => s.group)).toEqual(['work', 'administration']);
    expect(sections[0].entries.map((e) => e.route)).toEqual(['/w1', '/w2']);
    expect(sections[1].entries.map((e) => e.route)).toEqual(['/a', '/h', '/b']);
  });

  it("gives each switched-on module its own section titled with the module's name, between organisation and administration", () => {
    const sections = groupMenu([
      { text: 'adm', route: '/adm', group: 'administration', icon },
      { text: 'e1', route: '/e1', group: 'modules', icon, feature: 'Modules.Events' },
      { text: 'o', route: '/o', group: 'organisation', icon },
      { text: 'r', route: '/r', group: 'modules', icon, feature: 'Modules.Research' },
      { text: 'e2', route: '/e2', group: 'modules', icon, feature: 'Modules.Events' },
    ]);
    expect(sections.map((s) => [s.key, s.title, s.entries.map((e) => e.route)])).toEqual([
      ['organisation', 'menu.group.organisation', ['/o']],
      ['module:Modules.Events', 'module.Modules.Events', ['/e1', '/e2']],
      ['module:Modules.Research', 'module.Modules.Research', ['/r']],
      ['administration', 'menu.group.administration', ['/adm']],
    ]);
  });
});

describe('collapsed menu sections', () => {
  const memoryStorage = () => {
    const values = new Map<string, string>();
    return { getItem: (k: string) => values.get(k) ?? null, setItem: (k: string, v: string) => void values.set(k, v) };
  };

  it('folds and unfolds a section and remembers it for the next page load in the same browser', () => {
    const storage = memoryStorage();
    const first = new CollapsedSections(storage);
    expect(first.toggle('work')).toBe(true);
    expect(first.toggle('module:Modules.Events')).toBe(true);
    expect(first.toggle('work')).toBe(false);

    const reloaded = new CollapsedSections(storage);
    expect(reloaded.has('work')).toBe(false);
    expect(reloaded.has('module:Modules.Events')).toBe(true);
  });

  it('starts unfolded when the stored value is broken or storage is unavailable', () => {
    expect(new CollapsedSections({ getItem: () => '{not json', setItem: () => undefined }).has('work')).toBe(false);
    const noStorage = new CollapsedSections(null);
    expect(noStorage.toggle('work')).toBe(true);
    expect(noStorage.has('work')).toBe(true);
  });
});
