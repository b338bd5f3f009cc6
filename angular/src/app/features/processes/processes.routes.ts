import { Routes } from '@angular/router';
import { accessGuard } from '../../core/auth/guards';

const templates = { permission: 'Processes.Templates' };
const instances = { permission: 'Processes.Instances' };

export default [
  { path: 'templates', canActivate: [accessGuard], data: templates, loadComponent: () => import('./templates.component').then((m) => m.TemplatesComponent) },
  { path: 'templates/:id', canActivate: [accessGuard], data: templates, loadComponent: () => import('./template-editor.component').then((m) => m.TemplateEditorComponent) },
  { path: 'instances', canActivate: [accessGuard], data: instances, loadComponent: () => import('./instances.component').then((m) => m.InstancesComponent) },
  { path: 'instances/:id', canActivate: [accessGuard], data: instances, loadComponent: () => import('./instance.component').then((m) => m.InstanceComponent) },
  { path: 'board', canActivate: [accessGuard], data: instances, loadComponent: () => import('./board.component').then((m) => m.BoardComponent) },
  { path: 'my-tasks', canActivate: [accessGuard], data: instances, loadComponent: () => import('./my-tasks.component').then((m) => m.MyTasksComponent) },
  { path: '', pathMatch: 'full', redirectTo: 'my-tasks' },
] satisfies Routes;
