import { Routes } from '@angular/router';

export default [
  { path: 'preferences', loadComponent: () => import('./notification-preferences.component').then((m) => m.NotificationPreferencesComponent) },
  { path: '', pathMatch: 'full', redirectTo: 'preferences' },
] satisfies Routes;
