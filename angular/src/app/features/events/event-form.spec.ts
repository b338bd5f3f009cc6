import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { FormArray, FormBuilder } from '@angular/forms';
import { ActivatedRouteSnapshot, Route, Router, RouterStateSnapshot, UrlTree, provideRouter } from '@angular/router';
import { appRoutes } from '../../app.routes';
import { PORTAL_FEATURES } from '../../core/features/portal-feature';
import { AppConfigService } from '../../core/config/app-config.service';
import { accessGuard } from '../../core/auth/guards';
import { ApiError, toApiProblem } from '../../core/http/api-problem';
import { configuration } from '../../core/testing/configuration';
import { applyEventServerErrors } from './event-errors';
import { BudgetLineGroup, budgetCurrency, budgetTotal, createBudgetLineGroup, createEventForm, localInputToUtc, toEventBody, toFormPath, utcToLocalInput } from './event-form';
import { actionsFor } from './event-options';
import { provideEventsFeature } from './events.feature';

describe('event form logic', () => {
  const fb = new FormBuilder();

  it('sends local times as UTC instants and shows UTC instants in local time', () => {
    const local = '2026-12-01T09:30';
    const utc = localInputToUtc(local)!;
    expect(utc).toBe(new Date(2026, 11, 1, 9, 30).toISOString());
    expect(utc.endsWith('Z')).toBe(true);
    expect(utcToLocalInput(utc)).toBe(local);
    expect(localInputToUtc('')).toBeNull();
    expect(localInputToUtc('not a date')).toBeNull();
    expect(utcToLocalInput(null)).toBe('');
  });

  it('adds the budget lines in cents and takes the first line currency', () => {
    const lines = [
      { category: 'Venue', amount: 0.1, currency: 'cny' },
      { category: 'Food', amount: 0.2, currency: 'CNY' },
      { category: 'Gifts', amount: null, currency: 'CNY' },
    ];
    expect(budgetTotal(lines)).toBe(0.3);
    expect(budgetTotal([])).toBe(0);
    expect(budgetCurrency(lines, 'USD')).toBe('CNY');
    expect(budgetCurrency([], 'usd')).toBe('USD');
  });

  it('builds the request body: trimmed texts, blanks as null, UTC times, upper-case currencies', () => {
    const form = createEventForm(fb);
    form.patchValue({ name: ' Launch ', theme: '  ', startTime: '2026-12-01T09:00', endTime: '2026-12-01T17:00', place: 'Shanghai', ownerUnitId: 'u1' });
    (form.controls.budgetLines as FormArray<BudgetLineGroup>).push(createBudgetLineGroup(fb, 'cny', { category: 'Venue ', amount: 1200.5 }));
    const body = toEventBody(form.getRawValue());
    expect(body.name).toBe('Launch');
    expect(body.theme).toBeNull();
    expect(body.onlineLink).toBeNull();
    expect(body.startTime).toBe(new Date(2026, 11, 1, 9).toISOString());
    expect(body.budgetLines).toEqual([{ category: 'Venue', amount: 1200.5, currency: 'CNY' }]);
    expect(body.valueCanvas).toEqual({ whyCome: null, takeAway: null, willShare: null });
  });

  it('puts the server errors of budget lines and the value canvas next to their fields', () => {
    const form = createEventForm(fb);
    (form.controls.budgetLines as FormArray<BudgetLineGroup>).push(createBudgetLineGroup(fb, 'CNY'));
    expect(toFormPath('budgetLines[0].currency')).toBe('budgetLines.0.currency');
    const error = new ApiError(
      toApiProblem(400, { title: 'Invalid', errors: { 'BudgetLines[0].Currency': ['One currency'], 'ValueCanvas.WhyCome': ['Too long'], elsewhere: ['Other'] } }, ''),
    );
    expect(applyEventServerErrors(form, error)).toBe('Other');
    expect(form.get('budgetLines.0.currency')!.errors).toEqual({ server: 'One currency' });
    expect(form.controls.valueCanvas.controls.whyCome.errors).toEqual({ server: 'Too long' });
  });

  it('puts field-less schedule errors on the end time', () => {
    const form = createEventForm(fb);
    const error = new ApiError(toApiProblem(422, { title: 'Ends before it starts', code: 'Events:InvalidSchedule' }, ''));
    expect(applyEventServerErrors(form, error)).toBeNull();
    expect(form.controls.endTime.errors?.['server']).toBe('Ends before it starts');
  });

  it('offers the actions of each status', () => {
    expect(actionsFor('Draft')).toEqual(['submit']);
    expect(actionsFor('Returned')).toEqual(['submit']);
    expect(actionsFor('PendingApproval')).toEqual([]);
    expect(actionsFor('Approved')).toEqual(['start']);
    expect(actionsFor('InExecution')).toEqual(['complete']);
    expect(actionsFor('Completed')).toEqual(['close']);
    expect(actionsFor('Closed')).toEqual([]);
  });
});

describe('events route guard', () => {
  // The module's own route: its guard and data, as provideEventsFeature() registers it inside the shell.
  let eventsRoute: Route;
  const state = { url: '/events' } as RouterStateSnapshot;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideEventsFeature()] });
    const shell = appRoutes(TestBed.inject(PORTAL_FEATURES)).find((r) => r.path === '' && r.children)!;
    eventsRoute = shell.children!.find((r) => r.path === 'events')!;
  });

  const check = () => TestBed.runInInjectionContext(() => accessGuard({ data: eventsRoute.data } as unknown as ActivatedRouteSnapshot, state));
  const serialize = (result: unknown) => TestBed.inject(Router).serializeUrl(result as UrlTree);

  it('needs both the module switched on and the permission', () => {
    expect(eventsRoute.canActivate).toContain(accessGuard);
    const config = TestBed.inject(AppConfigService);
    config.config.set(configuration({ grantedPermissions: ['Events.MarketingEvents'], features: { 'Modules.Events': 'true' } }));
    expect(check()).toBe(true);
    config.config.set(configuration({ grantedPermissions: ['Events.MarketingEvents'], features: { 'Modules.Events': 'false' } }));
    expect(serialize(check())).toBe('/forbidden');
    config.config.set(configuration({ grantedPermissions: [], features: { 'Modules.Events': 'true' } }));
    expect(serialize(check())).toBe('/forbidden');
  });
});
