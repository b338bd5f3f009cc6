import { EnvironmentProviders } from '@angular/core';
import { MenuIcon, loadWithTexts, providePortalFeature } from '../../core/features/portal-feature';
import { LazyTexts } from '../../core/i18n/texts';

/** The approval pages' own texts (readable policies, route explanations, bulk approval), one language at a time. */
export const approvalsTexts: LazyTexts = {
  en: () => import('./approvals.texts.en').then((m) => m.approvalsEn),
  'zh-Hans': () => import('./approvals.texts.zh-hans').then((m) => m.approvalsZhHans),
};

/** Ant Design's outline icon "audit" (MIT). */
const inboxIcon: MenuIcon = {
  paths: [
    'M296 250c-4.4 0-8 3.6-8 8v48c0 4.4 3.6 8 8 8h384c4.4 0 8-3.6 8-8v-48c0-4.4-3.6-8-8-8H296zm184 144H296c-4.4 0-8 3.6-8 8v48c0 4.4 3.6 8 8 8h184c4.4 0 8-3.6 8-8v-48c0-4.4-3.6-8-8-8zm-48 458H208V148h560v320c0 4.4 3.6 8 8 8h56c4.4 0 8-3.6 8-8V108c0-17.7-14.3-32-32-32H168c-17.7 0-32 14.3-32 32v784c0 17.7 14.3 32 32 32h264c4.4 0 8-3.6 8-8v-56c0-4.4-3.6-8-8-8zm440-88H728v-36.6c46.3-13.8 80-56.6 80-107.4 0-61.9-50.1-112-112-112s-112 50.1-112 112c0 50.7 33.7 93.6 80 107.4V764H520c-8.8 0-16 7.2-16 16v152c0 8.8 7.2 16 16 16h352c8.8 0 16-7.2 16-16V780c0-8.8-7.2-16-16-16zM646 620c0-27.6 22.4-50 50-50s50 22.4 50 50-22.4 50-50 50-50-22.4-50-50zm180 266H566v-60h260v60z',
  ],
};
/** Ant Design's outline icon "form" (MIT). */
const newRequestIcon: MenuIcon = {
  paths: [
    'M904 512h-56c-4.4 0-8 3.6-8 8v320H184V184h320c4.4 0 8-3.6 8-8v-56c0-4.4-3.6-8-8-8H144c-17.7 0-32 14.3-32 32v736c0 17.7 14.3 32 32 32h736c17.7 0 32-14.3 32-32V520c0-4.4-3.6-8-8-8z',
    'M355.9 534.9L354 653.8c-.1 8.9 7.1 16.2 16 16.2h.4l118-2.9c2-.1 4-.9 5.4-2.3l415.9-415c3.1-3.1 3.1-8.2 0-11.3L785.4 114.3c-1.6-1.6-3.6-2.3-5.7-2.3s-4.1.8-5.7 2.3l-415.8 415a8.3 8.3 0 00-2.3 5.6zm63.5 23.6L779.7 199l45.2 45.1-360.5 359.7-45.7 1.1.7-46.4z',
  ],
};
/** Ant Design's outline icon "safety" (MIT). */
const policiesIcon: MenuIcon = {
  paths: [
    'M512 64L128 192v384c0 212.1 171.9 384 384 384s384-171.9 384-384V192L512 64zm312 512c0 172.3-139.7 312-312 312S200 748.3 200 576V246l312-110 312 110v330z',
    'M378.4 475.1a35.91 35.91 0 00-50.9 0 35.91 35.91 0 000 50.9l129.4 129.4 2.1 2.1a33.98 33.98 0 0048.1 0L730.6 434a33.98 33.98 0 000-48.1l-2.8-2.8a33.98 33.98 0 00-48.1 0L483 579.7 378.4 475.1z',
  ],
};

/** Approvals: my approvals, new requests, request details, policies. */
export function provideApprovalsFeature(): EnvironmentProviders {
  return providePortalFeature({
    name: 'approvals',
    routes: [{ path: 'approvals', loadChildren: loadWithTexts(approvalsTexts, () => import('./approvals.routes')) }],
    menu: [
      { text: 'menu.myApprovals', route: '/approvals/inbox', group: 'work', icon: inboxIcon },
      {
        text: 'menu.newRequest',
        route: '/approvals/new',
        group: 'work',
        icon: newRequestIcon,
        permission: 'Approvals.Requests',
      },
      {
        text: 'menu.policies',
        route: '/approvals/policies',
        group: 'administration',
        icon: policiesIcon,
        permission: 'Approvals.Policies',
      },
    ],
    texts: approvalsTexts,
    searchIcons: { 'Approvals.Request': inboxIcon },
  });
}
