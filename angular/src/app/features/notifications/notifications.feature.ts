import { EnvironmentProviders } from '@angular/core';
import { loadWithTexts, providePortalFeature } from '../../core/features/portal-feature';
import { LazyTexts } from '../../core/i18n/texts';

/** The notifications page's texts, loaded with the pages. */
export const notificationsTexts: LazyTexts = {
  en: () => import('./notifications.texts.en').then((m) => m.notificationsEn),
  'zh-Hans': () => import('./notifications.texts.zh-hans').then((m) => m.notificationsZhHans),
};

/** The notifications page (opened from the bell's "See all") and the notification settings (linked from the user menu); no side-menu entry. */
export function provideNotificationsFeature(): EnvironmentProviders {
  return providePortalFeature({
    name: 'notifications',
    routes: [{ path: 'notifications', loadChildren: loadWithTexts(notificationsTexts, () => import('./notifications.routes')) }],
    texts: notificationsTexts,
  });
}
