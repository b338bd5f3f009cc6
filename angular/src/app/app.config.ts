import {
  ApplicationConfig,
  EnvironmentProviders,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import {
  provideHttpClient,
  withFetch,
  withInterceptors,
  withXsrfConfiguration,
} from '@angular/common/http';
import { ROUTES, provideRouter, withComponentInputBinding } from '@angular/router';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { appRoutes } from './app.routes';
import { provideApiConfiguration } from './api/api-configuration';
import { AppConfigService } from './core/config/app-config.service';
import { injectPortalFeatures } from './core/features/portal-feature';
import { acceptLanguageInterceptor } from './core/http/accept-language.interceptor';
import { problemDetailsInterceptor } from './core/http/problem-details.interceptor';
import { TranslateService } from './core/i18n/translate.service';
import { provideAccountFeature } from './features/account/account.feature';
import { provideAdministrationFeature } from './features/administration/administration.feature';
import { provideApprovalsFeature } from './features/approvals/approvals.feature';
import { provideBudgetsFeature } from './features/budgets/budgets.feature';
import { provideHomeFeature } from './features/home/home.feature';
import { provideHostFeature } from './features/host/host.feature';
import { provideIdentityFeature } from './features/identity/identity.feature';
import { provideNotificationsFeature } from './features/notifications/notifications.feature';
import { provideOrgChartFeature } from './features/org-chart/org-chart.feature';
import { provideProcessesFeature } from './features/processes/processes.feature';
import { moduleFeatures } from './module-features';

/**
 * The portal's features, the only list of them; menu entries keep this order within their group. The optional modules'
 * features (`moduleFeatures`) come from the host's list of composed modules (scripts/module-features.mjs).
 */
export const portalFeatures: EnvironmentProviders[] = [
  provideAccountFeature(),
  provideHomeFeature(),
  provideApprovalsFeature(),
  provideProcessesFeature(),
  provideBudgetsFeature(),
  provideOrgChartFeature(),
  provideIdentityFeature(),
  provideNotificationsFeature(),
  ...moduleFeatures,
  provideAdministrationFeature(),
  provideHostFeature(),
];

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    portalFeatures,
    provideRouter([], withComponentInputBinding()),
    { provide: ROUTES, multi: true, useFactory: () => appRoutes(injectPortalFeatures()) },
    // The host's AntiforgeryMiddleware uses Angular's names: cookie XSRF-TOKEN, header X-XSRF-TOKEN.
    provideHttpClient(
      withFetch(),
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
      withInterceptors([acceptLanguageInterceptor, problemDetailsInterceptor]),
    ),
    provideApiConfiguration(''),
    provideNzI18n(zh_CN),
    provideAppInitializer(async () => {
      const translate = inject(TranslateService);
      try {
        // First the configuration: a signed-in user's language setting decides which texts load.
        await inject(AppConfigService).load();
      } catch {
        // the shell shows the sign-in page; calls will report the host being unreachable
      }
      await translate.use(translate.language());
    }),
  ],
};
