import { EnvironmentProviders } from '@angular/core';
import { providePortalFeature } from '../../core/features/portal-feature';

/** Notification settings (linked from the user menu, not the side menu). */
export function provideNotificationsFeature(): EnvironmentProviders {
  return providePortalFeature({
    name: 'notifications',
    routes: [{ path: 'notifications', loadChildren: () => import('./notifications.routes') }],
  });
}
