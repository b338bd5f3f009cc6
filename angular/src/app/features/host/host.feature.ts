import { EnvironmentProviders } from '@angular/core';
import { MenuIcon, providePortalFeature } from '../../core/features/portal-feature';

/** Ant Design's outline icon "bank" (MIT). */
const tenantsIcon: MenuIcon = {
  paths: [
    'M894 462c30.9 0 43.8-39.7 18.7-58L530.8 126.2a31.81 31.81 0 00-37.6 0L111.3 404c-25.1 18.2-12.2 58 18.8 58H192v374h-72c-4.4 0-8 3.6-8 8v52c0 4.4 3.6 8 8 8h784c4.4 0 8-3.6 8-8v-52c0-4.4-3.6-8-8-8h-72V462h62zM512 196.7l271.1 197.2H240.9L512 196.7zM264 462h117v374H264V462zm189 0h117v374H453V462zm307 374H642V462h118v374z',
  ],
};
/** Ant Design's outline icon "crown" (MIT). */
const editionsIcon: MenuIcon = {
  paths: [
    'M899.6 276.5L705 396.4 518.4 147.5a8.06 8.06 0 00-12.9 0L319 396.4 124.3 276.5c-5.7-3.5-13.1 1.2-12.2 7.9L188.5 865c1.1 7.9 7.9 14 16 14h615.1c8 0 14.9-6 15.9-14l76.4-580.6c.8-6.7-6.5-11.4-12.3-7.9zm-126 534.1H250.3l-53.8-409.4 139.8 86.1L512 252.9l175.7 234.4 139.8-86.1-53.9 409.4zM512 509c-62.1 0-112.6 50.5-112.6 112.6S449.9 734.2 512 734.2s112.6-50.5 112.6-112.6S574.1 509 512 509zm0 160.9c-26.6 0-48.2-21.6-48.2-48.3 0-26.6 21.6-48.3 48.2-48.3s48.2 21.6 48.2 48.3c0 26.6-21.6 48.3-48.2 48.3z',
  ],
};

/** The platform operator's pages: companies and editions. */
export function provideHostFeature(): EnvironmentProviders {
  return providePortalFeature({
    name: 'host',
    routes: [{ path: 'host', loadChildren: () => import('./host.routes') }],
    menu: [
      {
        text: 'menu.tenants',
        route: '/host/tenants',
        group: 'administration',
        icon: tenantsIcon,
        permission: 'Host.Tenants',
        side: 'host',
      },
      {
        text: 'menu.editions',
        route: '/host/editions',
        group: 'administration',
        icon: editionsIcon,
        permission: 'Host.Editions',
        side: 'host',
      },
    ],
  });
}
