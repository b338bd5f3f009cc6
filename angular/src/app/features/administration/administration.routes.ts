import { Routes } from '@angular/router';
import { accessGuard } from '../../core/auth/guards';

export default [
  { path: 'settings', canActivate: [accessGuard], data: { permission: 'Administration.Settings' }, loadComponent: () => import('./settings.component').then((m) => m.SettingsComponent) },
  { path: 'modules', canActivate: [accessGuard], data: { permission: 'Administration.Modules' }, loadComponent: () => import('./modules.component').then((m) => m.ModulesComponent) },
  { path: 'roles', canActivate: [accessGuard], data: { permission: 'Identity.Roles' }, loadComponent: () => import('./roles.component').then((m) => m.RolesComponent) },
  {
    path: 'background-jobs',
    canActivate: [accessGuard],
    data: { permission: 'BackgroundJobs.Jobs' },
    loadComponent: () => import('../background-jobs/background-jobs.component').then((m) => m.BackgroundJobsComponent),
  },
  {
    path: 'audit-logs',
    canActivate: [accessGuard],
    data: { permission: 'Administration.AuditLogs' },
    loadComponent: () => import('./audit-logs.component').then((m) => m.AuditLogsComponent),
  },
  {
    path: 'text-templates',
    canActivate: [accessGuard],
    data: { permission: 'TextTemplates.Manage' },
    loadComponent: () => import('./text-templates.component').then((m) => m.TextTemplatesComponent),
  },
] satisfies Routes;
