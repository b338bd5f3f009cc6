import { Routes } from '@angular/router';
import { signedInGuard } from './core/auth/guards';
import { PortalFeature } from './core/features/portal-feature';
import { componentStylesGuard } from './core/styles/component-styles';

/**
 * The portal's routes from the registered features (`app.config.ts` lists them): their public pages first, then
 * the signed-in shell with their pages, "no access" and "not found". Features keep their pages lazy.
 */
export function appRoutes(features: readonly PortalFeature[]): Routes {
  return [
    ...features.flatMap((feature) => feature.publicRoutes ?? []),
    {
      path: '',
      // The shell loads lazily too: the sign-in page needs neither it nor the menu.
      loadComponent: () => import('./layout/shell.component').then((m) => m.ShellComponent),
      canActivate: [signedInGuard, componentStylesGuard],
      children: [
        ...features.flatMap((feature) => feature.routes ?? []),
        {
          path: 'forbidden',
          loadComponent: () =>
            import('./layout/forbidden.component').then((m) => m.ForbiddenComponent),
        },
        {
          path: '**',
          loadComponent: () =>
            import('./layout/not-found.component').then((m) => m.NotFoundComponent),
        },
      ],
    },
  ];
}
