import { Routes } from '@angular/router';

export default [
  { path: 'preferences', loadComponent: () => import('./notification-preferences.component').then((m) => m.NotificationPreferencesComponent) },
  { path: '', pathMatch: 'full', loadComponent: () => import('./notifications-list.component').then((m) => m.NotificationsListComponent) },
] satisfies Routes;
