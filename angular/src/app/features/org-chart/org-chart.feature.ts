import { EnvironmentProviders } from '@angular/core';
import { accessGuard } from '../../core/auth/guards';
import { MenuIcon, loadWithTexts, providePortalFeature } from '../../core/features/portal-feature';
import { LazyTexts } from '../../core/i18n/texts';

/** The org chart page's texts, one language at a time. */
export const orgChartTexts: LazyTexts = {
  en: () => import('./org-chart.texts.en').then((m) => m.orgChartEn),
  'zh-Hans': () => import('./org-chart.texts.zh-hans').then((m) => m.orgChartZhHans),
};

/** Ant Design's outline icon "apartment" (MIT). */
const orgChartIcon: MenuIcon = {
  paths: [
    'M908 640H804V488c0-4.4-3.6-8-8-8H548v-96h108c8.8 0 16-7.2 16-16V80c0-8.8-7.2-16-16-16H368c-8.8 0-16 7.2-16 16v288c0 8.8 7.2 16 16 16h108v96H228c-4.4 0-8 3.6-8 8v152H116c-8.8 0-16 7.2-16 16v288c0 8.8 7.2 16 16 16h288c8.8 0 16-7.2 16-16V656c0-8.8-7.2-16-16-16H292v-88h440v88H620c-8.8 0-16 7.2-16 16v288c0 8.8 7.2 16 16 16h288c8.8 0 16-7.2 16-16V656c0-8.8-7.2-16-16-16zm-564 76v168H176V716h168zm84-408V140h168v168H428zm420 576H680V716h168v168z',
  ],
};

/** The org chart: units, positions, moves. */
export function provideOrgChartFeature(): EnvironmentProviders {
  return providePortalFeature({
    name: 'org-chart',
    routes: [
      {
        path: 'org',
        canActivate: [accessGuard],
        data: { permission: 'OrgChart.Units' },
        loadChildren: loadWithTexts(orgChartTexts, () => import('./org-chart.routes')),
      },
    ],
    menu: [
      {
        text: 'menu.orgChart',
        route: '/org',
        group: 'organisation',
        icon: orgChartIcon,
        permission: 'OrgChart.Units',
      },
    ],
    searchIcons: { 'OrgChart.Unit': orgChartIcon, 'OrgChart.Position': orgChartIcon },
  });
}
