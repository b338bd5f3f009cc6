import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, Router } from '@angular/router';
import { AppConfigService } from '../config/app-config.service';

/** Route data read by accessGuard: the permission and the module (feature) a page needs. */
export interface AccessData {
  permission?: string;
  feature?: string;
}

/** Pages for signed-in users; others go to sign-in and come back afterwards. */
export const signedInGuard: CanActivateFn = (_route, state) => {
  const config = inject(AppConfigService);
  return config.isSignedIn() ? true : inject(Router).createUrlTree(['/account/sign-in'], { queryParams: { returnUrl: state.url } });
};

/** Sign-in and sign-up: a signed-in user goes home. */
export const anonymousGuard: CanActivateFn = () => {
  const config = inject(AppConfigService);
  return config.isSignedIn() ? inject(Router).createUrlTree(['/']) : true;
};

/** The permission and module of the route's data (`permission`, `feature`); otherwise the "no access" page. */
export const accessGuard: CanActivateFn & CanMatchFn = (route) => {
  const config = inject(AppConfigService);
  const data = (route.data ?? {}) as AccessData;
  return config.isGranted(data.permission) && config.isFeatureEnabled(data.feature) ? true : inject(Router).createUrlTree(['/forbidden']);
};
