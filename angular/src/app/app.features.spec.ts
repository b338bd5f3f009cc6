import { TestBed } from '@angular/core/testing';
import { portalFeatures } from './app.config';
import { PORTAL_FEATURES, PortalFeature, menuGroups } from './core/features/portal-feature';
import { en } from './core/i18n/texts.en';
import { zhHans } from './core/i18n/texts.zh-hans';
import { textDifferences } from './core/testing/texts';
import { moduleTitle, visibleMenu } from './layout/menu';

describe('registered portal features', () => {
  /** The features app.config.ts registers, as the core sees them. */
  let features: readonly PortalFeature[] = [];
  const registeredFeatures = () => features;
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: portalFeatures });
    features = TestBed.inject(PORTAL_FEATURES);
  });

  it('give every menu entry a group and an icon, and its text in both languages', () => {
    for (const feature of registeredFeatures()) {
      for (const entry of feature.menu ?? []) {
        expect(menuGroups, entry.route).toContain(entry.group);
        expect(entry.icon.paths.length, entry.route).toBeGreaterThan(0);
        for (const [language, core] of [
          ['en', en],
          ['zh-Hans', zhHans],
        ] as const) {
          const text =
            feature.menuTexts?.[language][entry.text] ??
            (core as Record<string, string>)[entry.text];
          expect(text?.trim(), `${entry.text} (${language})`).toBeTruthy();
        }
      }
    }
  });

  it("title a module's menu section with the module's name in both languages and give search kinds an icon", () => {
    for (const feature of registeredFeatures()) {
      for (const entry of (feature.menu ?? []).filter((e) => e.group === 'modules')) {
        expect(entry.feature, entry.route).toBeTruthy();
        for (const language of ['en', 'zh-Hans'] as const)
          expect(feature.menuTexts?.[language][moduleTitle(entry.feature!)]?.trim(), `${entry.route} (${language})`).toBeTruthy();
      }
      for (const [kind, icon] of Object.entries(feature.searchIcons ?? {}))
        expect(icon.paths.length, kind).toBeGreaterThan(0);
    }
  });

  it("have their menu texts and page texts in both languages, and never redefine the core's keys", async () => {
    expect(features.some((f) => f.texts)).toBe(true);
    for (const feature of features) {
      if (feature.menuTexts)
        expect(textDifferences(feature.menuTexts.en, feature.menuTexts['zh-Hans'])).toEqual([]);
      if (!feature.texts) continue;
      const [pagesEn, pagesZh] = await Promise.all([
        feature.texts.en(),
        feature.texts['zh-Hans'](),
      ]);
      expect(textDifferences(pagesEn, pagesZh)).toEqual([]);
      const keys = [...Object.keys(pagesEn), ...Object.keys(feature.menuTexts?.en ?? {})];
      expect(
        keys.filter((key) => key in en),
        feature.name,
      ).toEqual([]);
    }
  });

  describe('side menu', () => {
    const routes = (isHost: boolean, granted: string[], features: string[] = []) =>
      visibleMenu(
        registeredFeatures().flatMap((f) => f.menu ?? []),
        {
          isHost,
          isGranted: (p) => !p || granted.includes(p),
          isFeatureEnabled: (f) => !f || features.includes(f),
        },
      ).map((i) => i.route);
    const allPermissions = () =>
      registeredFeatures()
        .flatMap((f) => f.menu ?? [])
        .flatMap((e) => (e.permission ? [e.permission] : []));

    it('hides pages whose permission is not granted', () => {
      const staff = routes(false, ['Processes.Instances']);
      expect(staff).toContain('/processes/my-tasks');
      expect(staff).not.toContain('/administration/background-jobs');
      expect(staff).not.toContain('/budgets');
    });

    it('shows the job queue and audit log to company admins and host operators alike', () => {
      expect(routes(false, ['BackgroundJobs.Jobs', 'Administration.AuditLogs'])).toEqual(
        expect.arrayContaining(['/administration/background-jobs', '/administration/audit-logs']),
      );
      expect(routes(true, ['BackgroundJobs.Jobs', 'Administration.AuditLogs'])).toEqual(
        expect.arrayContaining(['/administration/background-jobs', '/administration/audit-logs']),
      );
    });

    it('shows the Events entries only with their permission and the Events module on', () => {
      expect(
        routes(false, ['Events.MarketingEvents', 'Events.EventTemplates'], ['Modules.Events']),
      ).toEqual(expect.arrayContaining(['/events', '/events/templates']));
      expect(routes(false, ['Events.MarketingEvents'], ['Modules.Events'])).not.toContain(
        '/events/templates',
      );
      expect(routes(false, ['Events.MarketingEvents', 'Events.EventTemplates'])).not.toContain(
        '/events',
      );
      expect(routes(false, ['Events.MarketingEvents', 'Events.EventTemplates'])).not.toContain(
        '/events/templates',
      );
    });

    it('keeps host pages from companies and company pages from host operators', () => {
      const all = allPermissions();
      expect(routes(false, all)).not.toContain('/host/editions');
      expect(routes(true, all)).toContain('/host/editions');
      expect(routes(true, all)).not.toContain('/budgets');
    });
  });
});
