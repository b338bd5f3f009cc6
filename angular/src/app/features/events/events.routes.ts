import { Routes } from '@angular/router';
import { accessGuard } from '../../core/auth/guards';
import { eventsFeature } from './events.feature';

export default [
  { path: '', pathMatch: 'full', loadComponent: () => import('./events-list.component').then((m) => m.EventsListComponent) },
  {
    path: 'new',
    canActivate: [accessGuard],
    data: { permission: 'Events.MarketingEvents.Create', feature: eventsFeature },
    loadComponent: () => import('./event-edit.component').then((m) => m.EventEditComponent),
  },
  {
    path: 'templates',
    canActivate: [accessGuard],
    data: { permission: 'Events.EventTemplates', feature: eventsFeature },
    loadComponent: () => import('./event-templates.component').then((m) => m.EventTemplatesComponent),
  },
  {
    path: 'from-template',
    canActivate: [accessGuard],
    data: { permission: 'Events.MarketingEvents.Create', feature: eventsFeature },
    loadComponent: () => import('./event-from-template.component').then((m) => m.EventFromTemplateComponent),
  },
  {
    path: ':id/edit',
    canActivate: [accessGuard],
    data: { permission: 'Events.MarketingEvents.Update', feature: eventsFeature },
    loadComponent: () => import('./event-edit.component').then((m) => m.EventEditComponent),
  },
  { path: 'costs/:costId', loadComponent: () => import('./costs/cost-event-redirect.component').then((m) => m.CostEventRedirectComponent) },
  { path: 'figures', loadComponent: () => import('./figures/events-figures.component').then((m) => m.EventsFiguresComponent) },
  {
    path: ':id/check-in',
    canActivate: [accessGuard],
    data: { permission: 'Events.Registrations.CheckIn', feature: eventsFeature },
    loadComponent: () => import('./check-in/event-check-in.component').then((m) => m.EventCheckInComponent),
  },
  { path: ':id', loadComponent: () => import('./event-details.component').then((m) => m.EventDetailsComponent) },
] satisfies Routes;
