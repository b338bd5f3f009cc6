import { EnvironmentProviders } from '@angular/core';
import { accessGuard } from '../../core/auth/guards';
import { MenuIcon, loadWithTexts, providePortalFeature } from '../../core/features/portal-feature';
import { LazyTexts } from '../../core/i18n/texts';

/** The module's switch (the feature `Modules.Membership`): its menu entry and pages exist only while it is on. */
export const membershipFeature = 'Modules.Membership';

/** The Membership pages' texts, one language at a time. */
export const membershipTexts: LazyTexts = {
  en: () => import('./membership.texts.en').then((m) => m.membershipEn),
  'zh-Hans': () => import('./membership.texts.zh-hans').then((m) => m.membershipZhHans),
};

export const membershipMenuTexts = {
  en: { 'module.Modules.Membership': 'Membership', 'menu.membership': 'Members' },
  'zh-Hans': { 'module.Modules.Membership': '客户运营', 'menu.membership': '会员' },
};

/** Ant Design's outline icon "appstore" (MIT). */
const appstoreIcon: MenuIcon = {
  paths: [
    'M464 144H160c-8.8 0-16 7.2-16 16v304c0 8.8 7.2 16 16 16h304c8.8 0 16-7.2 16-16V160c0-8.8-7.2-16-16-16zm-52 268H212V212h200v200zm452-268H560c-8.8 0-16 7.2-16 16v304c0 8.8 7.2 16 16 16h304c8.8 0 16-7.2 16-16V160c0-8.8-7.2-16-16-16zm-52 268H612V212h200v200zM464 544H160c-8.8 0-16 7.2-16 16v304c0 8.8 7.2 16 16 16h304c8.8 0 16-7.2 16-16V560c0-8.8-7.2-16-16-16zm-52 268H212V612h200v200zm452-268H560c-8.8 0-16 7.2-16 16v304c0 8.8 7.2 16 16 16h304c8.8 0 16-7.2 16-16V560c0-8.8-7.2-16-16-16zm-52 268H612V612h200v200z',
  ],
};

/** The Membership module's pages, menu and texts; `app.config.ts` lists it. */
export function provideMembershipFeature(): EnvironmentProviders {
  return providePortalFeature({
    name: 'membership',
    routes: [
      {
        path: 'membership',
        canActivate: [accessGuard],
        data: { permission: 'Membership.Members', feature: membershipFeature },
        loadChildren: loadWithTexts(membershipTexts, () => import('./membership.routes')),
      },
    ],
    menu: [
      {
        text: 'menu.membership',
        route: '/membership',
        group: 'modules',
        icon: appstoreIcon,
        permission: 'Membership.Members',
        feature: membershipFeature,
      },
    ],
    menuTexts: membershipMenuTexts,
    texts: membershipTexts,
  });
}
