import { Routes } from '@angular/router';

export default [
  { path: 'sign-in', loadComponent: () => import('./sign-in.component').then((m) => m.SignInComponent) },
  { path: 'forgot-password', loadComponent: () => import('./forgot-password.component').then((m) => m.ForgotPasswordComponent) },
  { path: 'reset-password', loadComponent: () => import('./reset-password.component').then((m) => m.ResetPasswordComponent) },
  { path: 'sign-up', loadComponent: () => import('./sign-up.component').then((m) => m.SignUpComponent) },
  { path: '', pathMatch: 'full', redirectTo: 'sign-in' },
] satisfies Routes;
