import { EnvironmentProviders } from '@angular/core';
import { accessGuard } from '../../core/auth/guards';
import { MenuIcon, loadWithTexts, providePortalFeature } from '../../core/features/portal-feature';
import { LazyTexts } from '../../core/i18n/texts';

/** The module's switch (the feature `Modules.__Module__`): its menu entry and pages exist only while it is on. */
export const __module__Feature = 'Modules.__Module__';

/** The __Module__ pages' texts, one language at a time. */
export const __module__Texts: LazyTexts = {
  en: () => import('./__module__.texts.en').then((m) => m.__module__En),
  'zh-Hans': () => import('./__module__.texts.zh-hans').then((m) => m.__module__ZhHans),
};

export const __module__MenuTexts = {
  en: { 'module.Modules.__Module__': '__Module__', 'menu.__module__': '__Module__' },
  'zh-Hans': { 'module.Modules.__Module__': '__Module__', 'menu.__module__': '__Module__' },
};

/** Ant Design's outline icon "appstore" (MIT). */
const appstoreIcon: MenuIcon = {
  paths: [
    'M464 144H160c-8.8 0-16 7.2-16 16v304c0 8.8 7.2 16 16 16h304c8.8 0 16-7.2 16-16V160c0-8.8-7.2-16-16-16zm-52 268H212V212h200v200zm452-268H560c-8.8 0-16 7.2-16 16v304c0 8.8 7.2 16 16 16h304c8.8 0 16-7.2 16-16V160c0-8.8-7.2-16-16-16zm-52 268H612V212h200v200zM464 544H160c-8.8 0-16 7.2-16 16v304c0 8.8 7.2 16 16 16h304c8.8 0 16-7.2 16-16V560c0-8.8-7.2-16-16-16zm-52 268H212V612h200v200zm452-268H560c-8.8 0-16 7.2-16 16v304c0 8.8 7.2 16 16 16h304c8.8 0 16-7.2 16-16V560c0-8.8-7.2-16-16-16zm-52 268H612V612h200v200z',
  ],
};

/** The __Module__ module's pages, menu and texts; `app.config.ts` lists it. */
export function provide__Module__Feature(): EnvironmentProviders {
  return providePortalFeature({
    name: '__module__',
    routes: [
      {
        path: '__module__',
        canActivate: [accessGuard],
        data: { permission: '__Module__.Items', feature: __module__Feature },
        loadChildren: loadWithTexts(__module__Texts, () => import('./__module__.routes')),
      },
    ],
    menu: [
      {
        text: 'menu.__module__',
        route: '/__module__',
        group: 'modules',
        icon: appstoreIcon,
        permission: '__Module__.Items',
        feature: __module__Feature,
      },
    ],
    menuTexts: __module__MenuTexts,
    texts: __module__Texts,
  });
}
