import { ApplicationConfig, inject, provideAppInitializer, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { provideNzI18n, en_US, zh_CN } from 'ng-zorro-antd/i18n';
import { routes } from './app.routes';
import { provideApiConfiguration } from './api/api-configuration';
import { AppConfigService } from './core/config/app-config.service';
import { acceptLanguageInterceptor } from './core/http/accept-language.interceptor';
import { problemDetailsInterceptor } from './core/http/problem-details.interceptor';
import { TranslateService } from './core/i18n/translate.service';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(routes, withComponentInputBinding()),
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
      translate.use(translate.language());
      try {
        await inject(AppConfigService).load();
      } catch {
        // the shell shows the sign-in page; calls will report the host being unreachable
      }
    }),
  ],
};
