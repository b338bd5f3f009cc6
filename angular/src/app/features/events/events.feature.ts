import { EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';
import { provideApprovalSubjectRoutes } from '../../core/features/approval-subject-routes';
import { componentStylesGuard } from '../../core/styles/component-styles';
import { accessGuard } from '../../core/auth/guards';
import { MenuIcon, loadWithTexts, providePortalFeature } from '../../core/features/portal-feature';
import { LazyTexts } from '../../core/i18n/texts';
import { costSubjectRoute } from './costs/cost-subject';

/** The module's switch (the feature `Modules.Events`): its menu entries and pages exist only while it is on. */
export const eventsFeature = 'Modules.Events';

/** The Events pages' texts (events, templates, plan, execution), one language at a time. */
export const eventsTexts: LazyTexts = {
  en: () =>
    Promise.all([import('./events.texts.en'), import('./events-execution.texts.en')]).then(
      ([a, b]) => ({ ...a.eventsEn, ...b.eventsExecutionEn }),
    ),
  'zh-Hans': () =>
    Promise.all([
      import('./events.texts.zh-hans'),
      import('./events-execution.texts.zh-hans'),
    ]).then(([a, b]) => ({
      ...a.eventsZhHans,
      ...b.eventsExecutionZhHans,
    })),
};

export const eventsMenuTexts = {
  en: { 'module.Modules.Events': 'Events', 'menu.events': 'Events', 'menu.eventTemplates': 'Event templates' },
  'zh-Hans': { 'module.Modules.Events': '市场活动', 'menu.events': '市场活动', 'menu.eventTemplates': '活动模板' },
};

/** Ant Design's outline icon "calendar" (MIT). */
const calendarIcon: MenuIcon = {
  paths: [
    'M880 184H712v-64c0-4.4-3.6-8-8-8h-56c-4.4 0-8 3.6-8 8v64H384v-64c0-4.4-3.6-8-8-8h-56c-4.4 0-8 3.6-8 8v64H144c-17.7 0-32 14.3-32 32v664c0 17.7 14.3 32 32 32h736c17.7 0 32-14.3 32-32V216c0-17.7-14.3-32-32-32zm-40 656H184V460h656v380zM184 392V256h128v48c0 4.4 3.6 8 8 8h56c4.4 0 8-3.6 8-8v-48h256v48c0 4.4 3.6 8 8 8h56c4.4 0 8-3.6 8-8v-48h128v136H184z',
  ],
};
/** Ant Design's outline icon "snippets" (MIT). */
const templatesIcon: MenuIcon = {
  paths: [
    'M832 112H724V72c0-4.4-3.6-8-8-8h-56c-4.4 0-8 3.6-8 8v40H500V72c0-4.4-3.6-8-8-8h-56c-4.4 0-8 3.6-8 8v40H320c-17.7 0-32 14.3-32 32v120h-96c-17.7 0-32 14.3-32 32v632c0 17.7 14.3 32 32 32h512c17.7 0 32-14.3 32-32v-96h96c17.7 0 32-14.3 32-32V144c0-17.7-14.3-32-32-32zM664 888H232V336h218v174c0 22.1 17.9 40 40 40h174v338zm0-402H514V336h.2L664 485.8v.2zm128 274h-56V456L544 264H360v-80h68v32c0 4.4 3.6 8 8 8h56c4.4 0 8-3.6 8-8v-32h152v32c0 4.4 3.6 8 8 8h56c4.4 0 8-3.6 8-8v-32h68v576z',
  ],
};

/** An event's approval request links to the event's page (the request's subject id is the event id), a cost's to its event's costs. */
const eventSubjectRoutes = provideApprovalSubjectRoutes(
  {
    subjectModule: 'Events',
    businessTypes: ['Events.Event'],
    feature: eventsFeature,
    route: (eventId) => ['/events', eventId],
  },
  // A cost over budget goes through the platform's Expense policies; its subject id names the cost, whose page finds the event.
  { subjectModule: 'Events', businessTypes: ['Expense'], feature: eventsFeature, route: costSubjectRoute },
);

/** The Events module's pages, menu and texts; `app.config.ts` lists it. */
export function provideEventsFeature(): EnvironmentProviders {
  return makeEnvironmentProviders([eventSubjectRoutes, providePortalFeature({
    name: 'events',
    routes: [
      {
        path: 'events',
        canActivate: [accessGuard],
        data: { permission: 'Events.MarketingEvents', feature: eventsFeature },
        loadChildren: loadWithTexts(eventsTexts, () => import('./events.routes')),
      },
    ],
    // The public registration page: no sign-in, outside the shell; the optional code is the registrant's own link.
    // The poster comes before the registrant's link, whose last segment would take "poster" for a code.
    publicRoutes: [
      {
        path: 'register/:tenantSlug/:eventId/poster',
        canActivate: [componentStylesGuard],
        loadComponent: loadWithTexts(eventsTexts, () =>
          import('./poster/registration-poster.component').then((m) => m.RegistrationPosterComponent),
        ),
      },
      ...['register/:tenantSlug/:eventId', 'register/:tenantSlug/:eventId/:code'].map((path) => ({
        path,
        canActivate: [componentStylesGuard],
        loadComponent: loadWithTexts(eventsTexts, () =>
          import('./public-registration/public-registration.component').then(
            (m) => m.PublicRegistrationComponent,
          ),
        ),
      })),
    ],
    menu: [
      {
        text: 'menu.events',
        route: '/events',
        group: 'modules',
        icon: calendarIcon,
        permission: 'Events.MarketingEvents',
        feature: eventsFeature,
      },
      {
        text: 'menu.eventTemplates',
        route: '/events/templates',
        group: 'modules',
        icon: templatesIcon,
        permission: 'Events.EventTemplates',
        feature: eventsFeature,
      },
    ],
    menuTexts: eventsMenuTexts,
    texts: eventsTexts,
    searchIcons: { 'Events.MarketingEvent': calendarIcon },
  })]);
}
