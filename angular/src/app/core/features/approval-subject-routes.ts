import { EnvironmentProviders, InjectionToken, inject, makeEnvironmentProviders } from '@angular/core';

/** What an approval request says about its subject: the business type and the module that owns the subject id. */
export interface ApprovalSubject {
  readonly businessType: string;
  readonly subjectModule: string;
  readonly subjectId: string;
}

/**
 * How a feature links the subjects its module owns (an event, a process step) to the page that shows them. The
 * module that writes a subject id knows its format, so a registration names the subject module and, optionally, the
 * business types it covers (the platform's `Expense` is also used by the Events module for costs over budget).
 * `route` returns the router commands, or null when that subject has no page.
 */
export interface ApprovalSubjectRoute {
  readonly subjectModule: string;
  /** Only these business types; every type of the module when omitted. */
  readonly businessTypes?: readonly string[];
  /** A module's switch (e.g. `Modules.Events`): no link while it is off for the company. */
  readonly feature?: string;
  readonly route: (subjectId: string) => readonly string[] | null;
}

export const APPROVAL_SUBJECT_ROUTES = new InjectionToken<readonly ApprovalSubjectRoute[]>('APPROVAL_SUBJECT_ROUTES');

/** Registers a feature's subject routes; list it next to `providePortalFeature(...)` in the feature's provider. */
export function provideApprovalSubjectRoutes(...routes: ApprovalSubjectRoute[]): EnvironmentProviders {
  return makeEnvironmentProviders(routes.map((route) => ({ provide: APPROVAL_SUBJECT_ROUTES, multi: true, useValue: route })));
}

/** The registered subject routes (none in a test that provides none). */
export function injectApprovalSubjectRoutes(): readonly ApprovalSubjectRoute[] {
  return inject(APPROVAL_SUBJECT_ROUTES, { optional: true }) ?? [];
}

/**
 * The page of a request's subject: the first registration for its module (ignoring case, as the server matches
 * modules) whose business types include the request's, whose module is switched on, and that knows a page for the id.
 */
export function subjectRouteOf(
  routes: readonly ApprovalSubjectRoute[],
  subject: ApprovalSubject,
  isFeatureEnabled: (feature: string) => boolean,
): readonly string[] | null {
  const module = subject.subjectModule.toLowerCase();
  for (const registration of routes) {
    if (registration.subjectModule.toLowerCase() !== module) continue;
    if (registration.businessTypes && !registration.businessTypes.includes(subject.businessType)) continue;
    if (registration.feature && !isFeatureEnabled(registration.feature)) continue;
    const route = registration.route(subject.subjectId);
    if (route) return route;
  }
  return null;
}
