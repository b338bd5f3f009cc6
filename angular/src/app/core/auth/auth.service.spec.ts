import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideApiConfiguration } from '../../api/api-configuration';
import { TranslateService } from '../i18n/translate.service';
import { AuthService } from './auth.service';

describe('AuthService.signUp', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideApiConfiguration('')] });
  });

  it('sends the page\'s language, which the server keeps as the admin\'s language (issue 13.7)', async () => {
    TestBed.inject(TranslateService).language.set('en');
    const http = TestBed.inject(HttpTestingController);

    const signingUp = TestBed.inject(AuthService).signUp({ companyName: 'Acme', slug: 'acme', adminName: 'Ada', email: 'ada@acme.test', password: 'Secret@12345' });
    const request = http.expectOne('/api/account/sign-up');
    request.flush({ tenantId: '1', slug: 'acme', adminUserId: '2', adminUserName: 'admin' });
    await signingUp;

    expect(request.request.body.culture).toBe('en');
    http.verify();
  });
});
