import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AppConfigService } from '../config/app-config.service';
import { TranslateService } from '../i18n/translate.service';
import { ApiError, toApiProblem } from './api-problem';

/** Turns error answers into ApiError (ProblemDetails); a 401 outside the account pages goes to sign-in. */
export const problemDetailsInterceptor: HttpInterceptorFn = (request, next) => {
  const router = inject(Router);
  const translate = inject(TranslateService);
  const config = inject(AppConfigService);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse)) return throwError(() => error);
      const fallback = error.status === 0 ? translate.t('error.network') : translate.t('error.unexpected');
      const problem = toApiProblem(error.status, error.error, fallback);
      if (error.status === 401 && !request.url.includes('/api/account/') && !router.url.startsWith('/account')) {
        config.markSignedOut();
        void router.navigate(['/account/sign-in'], { queryParams: { returnUrl: router.url } });
      }
      return throwError(() => new ApiError(problem));
    }),
  );
};
