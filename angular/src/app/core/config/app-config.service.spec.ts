import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideApiConfiguration } from '../../api/api-configuration';
import { configuration } from '../testing/configuration';
import { TranslateService } from '../i18n/translate.service';
import { AppConfigService } from './app-config.service';

describe('AppConfigService', () => {
  let service: AppConfigService;
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideApiConfiguration('')] });
    service = TestBed.inject(AppConfigService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function load(dto: ReturnType<typeof configuration>) {
    const loading = service.load();
    const request = http.expectOne('/api/application-configuration');
    expect(request.request.method).toBe('GET');
    request.flush(dto);
    await loading;
  }

  it('loads the configuration once and exposes user, tenant, permissions and features', async () => {
    await load(configuration({ grantedPermissions: ['Approvals.Requests'], features: { 'Modules.Events': 'True' } }));
    expect(service.isSignedIn()).toBe(true);
    expect(service.userName()).toBe('ada');
    expect(service.tenantName()).toBe('acme');
    expect(service.isHost()).toBe(false);
    expect(service.isGranted('Approvals.Requests')).toBe(true);
    expect(service.isGranted('Approvals.Policies')).toBe(false);
    expect(service.isGranted(undefined)).toBe(true);
    expect(service.isFeatureEnabled('Modules.Events')).toBe(true);
    expect(service.isFeatureEnabled('Modules.Okr')).toBe(false);
  });

  it("greets the person by family and given name in the page's language", async () => {
    await TestBed.inject(TranslateService).use('en');
    const currentUser = { ...configuration().currentUser, userName: 'lina', name: 'Li Na', familyName: 'Li', givenName: 'Na' };
    await load(configuration({ currentUser }));
    expect(service.displayName()).toBe('Na Li');
  });

  it('keeps a Chinese name in its order on an English page', async () => {
    await TestBed.inject(TranslateService).use('en');
    await load(configuration({ currentUser: { ...configuration().currentUser, userName: 'lina', name: '李娜', familyName: '李', givenName: '娜' } }));
    expect(service.displayName()).toBe('李娜');
  });

  it('greets by the stored name without name parts, and by the user name without any name', async () => {
    await load(configuration({ currentUser: { ...configuration().currentUser, name: 'Ada Lovelace' } }));
    expect(service.displayName()).toBe('Ada Lovelace');
    await load(configuration());
    expect(service.displayName()).toBe('ada');
  });

  it('names the company by its display name and versions the logo URL by the logo setting', async () => {
    await load(configuration({ settings: { 'Platform.CompanyLogo': 'f1' } }));
    expect(service.tenantDisplayName()).toBe('Acme Ltd');
    expect(service.logoUrl()).toBe('/api/company/logo?v=f1');
    service.setLogo('f2');
    expect(service.logoUrl()).toBe('/api/company/logo?v=f2');
    service.setLogo(null);
    expect(service.logoUrl()).toBeNull();
  });

  it('shows no logo without a company', async () => {
    await load(configuration({ currentTenant: { isAvailable: false, id: null, name: null, displayName: null }, settings: { 'Platform.CompanyLogo': 'f1' } }));
    expect(service.logoUrl()).toBeNull();
    expect(service.tenantDisplayName()).toBeNull();
  });

  it('treats a signed-in user without a company as a host operator', async () => {
    await load(configuration({ currentTenant: { isAvailable: false, id: null, name: null, displayName: null } }));
    expect(service.isHost()).toBe(true);
  });

  it("applies a signed-in user's language setting", async () => {
    const translate = TestBed.inject(TranslateService);
    translate.use('zh-Hans');
    await load(configuration({ settings: { 'Platform.Culture': 'en' } }));
    expect(translate.language()).toBe('en');
    expect(localStorage.getItem('msaas.language')).toBe('en');
  });

  it('keeps the chosen language for anonymous visitors', async () => {
    const translate = TestBed.inject(TranslateService);
    translate.use('en');
    await load(configuration({ settings: { 'Platform.Culture': 'zh-Hans' } }, false));
    expect(translate.language()).toBe('en');
    expect(service.isSignedIn()).toBe(false);
  });
});
