import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { TranslateService } from '../i18n/translate.service';

/** The host localizes error titles and texts from Accept-Language. */
export const acceptLanguageInterceptor: HttpInterceptorFn = (request, next) => {
  const language = inject(TranslateService).language();
  return next(request.clone({ setHeaders: { 'Accept-Language': language } }));
};
