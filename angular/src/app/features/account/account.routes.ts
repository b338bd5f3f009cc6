import { Routes } from '@angular/router';
import { loadWithTexts } from '../../core/features/portal-feature';
import { acceptInvitationTexts } from './accept-invitation.texts';

export default [
  { path: 'sign-in', loadComponent: () => import('./sign-in.component').then((m) => m.SignInComponent) },
  { path: 'forgot-password', loadComponent: () => import('./forgot-password.component').then((m) => m.ForgotPasswordComponent) },
  { path: 'reset-password', loadComponent: () => import('./reset-password.component').then((m) => m.ResetPasswordComponent) },
  {
    path: 'accept-invitation',
    loadComponent: loadWithTexts(acceptInvitationTexts, () =>
      import('./accept-invitation.component').then((m) => m.AcceptInvitationComponent),
    ),
  },
  { path: 'sign-up', loadComponent: () => import('./sign-up.component').then((m) => m.SignUpComponent) },
  { path: '', pathMatch: 'full', redirectTo: 'sign-in' },
] satisfies Routes;
