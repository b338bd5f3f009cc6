import { Routes } from '@angular/router';

export default [
  {
    path: '',
    pathMatch: 'full',
    loadComponent: () => import('./__module__-items.component').then((m) => m.__Module__ItemsComponent),
  },
] satisfies Routes;
