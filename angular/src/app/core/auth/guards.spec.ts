import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { ActivatedRouteSnapshot, Router, RouterStateSnapshot, UrlTree, provideRouter } from '@angular/router';
import { configuration } from '../testing/configuration';
import { AppConfigService } from '../config/app-config.service';
import { accessGuard, anonymousGuard, signedInGuard } from './guards';

describe('route guards', () => {
  let config: AppConfigService;
  const state = { url: '/approvals/inbox' } as RouterStateSnapshot;
  const route = (data: Record<string, string>) => ({ data }) as unknown as ActivatedRouteSnapshot;
  const run = <T>(guard: () => T) => TestBed.runInInjectionContext(guard);
  const serialize = (result: unknown) => TestBed.inject(Router).serializeUrl(result as UrlTree);

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    config = TestBed.inject(AppConfigService);
  });

  it('sends anonymous visitors to sign-in and brings them back afterwards', () => {
    config.config.set(configuration({}, false));
    expect(serialize(run(() => signedInGuard(route({}), state)))).toBe('/account/sign-in?returnUrl=%2Fapprovals%2Finbox');
  });

  it('lets signed-in users in', () => {
    config.config.set(configuration());
    expect(run(() => signedInGuard(route({}), state))).toBe(true);
  });

  it('sends signed-in users away from the sign-in page', () => {
    config.config.set(configuration());
    expect(serialize(run(() => anonymousGuard(route({}), state)))).toBe('/');
    config.config.set(configuration({}, false));
    expect(run(() => anonymousGuard(route({}), state))).toBe(true);
  });

  it('needs the permission of the route', () => {
    config.config.set(configuration({ grantedPermissions: ['OrgChart.Units'] }));
    expect(run(() => accessGuard(route({ permission: 'OrgChart.Units' }), state))).toBe(true);
    expect(serialize(run(() => accessGuard(route({ permission: 'Identity.Users' }), state)))).toBe('/forbidden');
  });

  it('needs the module (feature) of the route to be on', () => {
    config.config.set(configuration({ features: { 'Modules.Events': 'true', 'Modules.Okr': 'false' } }));
    expect(run(() => accessGuard(route({ feature: 'Modules.Events' }), state))).toBe(true);
    expect(serialize(run(() => accessGuard(route({ feature: 'Modules.Okr' }), state)))).toBe('/forbidden');
    expect(serialize(run(() => accessGuard(route({ feature: 'Modules.Unknown' }), state)))).toBe('/forbidden');
  });
});
