import { MenuEntry } from '../core/features/portal-feature';
import { groupMenu, visibleMenu } from './menu';

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
});
