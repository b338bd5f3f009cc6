import { EnvironmentProviders } from '@angular/core';
import { anonymousGuard } from '../../core/auth/guards';
import { componentStylesGuard } from '../../core/styles/component-styles';
import { providePortalFeature } from '../../core/features/portal-feature';

/** Sign-in, sign-up, forgotten password (outside the shell). */
export function provideAccountFeature(): EnvironmentProviders {
  return providePortalFeature({
    name: 'account',
    publicRoutes: [
      {
        path: 'account',
        canActivate: [anonymousGuard, componentStylesGuard],
        loadChildren: () => import('./account.routes'),
      },
    ],
  });
}
