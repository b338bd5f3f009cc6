import { TestBed } from '@angular/core/testing';
import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { AppConfigService } from '../config/app-config.service';
import { TranslateService } from '../i18n/translate.service';
import { configuration } from '../testing/configuration';
import { acceptLanguageInterceptor } from './accept-language.interceptor';
import { ApiError } from './api-problem';
import { problemDetailsInterceptor } from './problem-details.interceptor';

describe('HTTP interceptors', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(withInterceptors([acceptLanguageInterceptor, problemDetailsInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  it("sends the portal's language", () => {
    TestBed.inject(TranslateService).use('en');
    void firstValueFrom(http.get('/api/x'));
    expect(backend.expectOne('/api/x').request.headers.get('Accept-Language')).toBe('en');
  });

  it('turns ProblemDetails answers into ApiError with field errors', async () => {
    const call = firstValueFrom(http.post('/api/org/units', {}));
    backend.expectOne('/api/org/units').flush({ title: '验证失败', code: 'Framework:ValidationFailed', errors: { DisplayName: ['必填'] } }, { status: 400, statusText: 'Bad Request' });
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem).toEqual({ status: 400, title: '验证失败', code: 'Framework:ValidationFailed', errors: { displayName: ['必填'] } });
  });

  it('sends the user to sign-in when the session ended', async () => {
    TestBed.inject(AppConfigService).config.set(configuration());
    const navigate = vi.spyOn(router, 'navigate').mockResolvedValue(true);
    const call = firstValueFrom(http.get('/api/approvals/requests'));
    backend.expectOne('/api/approvals/requests').flush(null, { status: 401, statusText: 'Unauthorized' });
    await call.catch(() => undefined);
    expect(navigate).toHaveBeenCalledWith(['/account/sign-in'], { queryParams: { returnUrl: '/' } });
    expect(TestBed.inject(AppConfigService).isSignedIn()).toBe(false);
  });

  it('does not redirect a failed sign-in', async () => {
    const navigate = vi.spyOn(router, 'navigate').mockResolvedValue(true);
    const call = firstValueFrom(http.post('/api/account/sign-in', {}));
    backend.expectOne('/api/account/sign-in').flush({ title: 'Wrong', code: 'MarketingSaaS:InvalidSignIn' }, { status: 401, statusText: 'Unauthorized' });
    await call.catch(() => undefined);
    expect(navigate).not.toHaveBeenCalled();
  });
});
