import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { provideApiConfiguration } from '../../api/api-configuration';
import { AppConfigService } from '../../core/config/app-config.service';
import { problemDetailsInterceptor } from '../../core/http/problem-details.interceptor';
import { TranslateService } from '../../core/i18n/translate.service';
import { configuration } from '../../core/testing/configuration';
import { MemberDto } from './api/models/member-dto';
import { MemberDetailsComponent } from './member-details.component';
import { MemberFormComponent } from './member-form.component';
import { MembersListComponent, membershipPageSize } from './members-list.component';
import { membershipTexts } from './membership.feature';

/** The member pages against the HTTP testing backend: the requests their generated client sends, what they show. */
describe('Membership pages', () => {
  let http: HttpTestingController;

  async function setUp(routeId: string | null, permissions: string[]): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([problemDetailsInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
        provideApiConfiguration(''),
        ...(routeId ? [{ provide: ActivatedRoute, useValue: { snapshot: { paramMap: convertToParamMap({ id: routeId }) } } }] : []),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(AppConfigService).config.set(configuration({ grantedPermissions: permissions, features: { 'Modules.Membership': 'true' } }));
    const translate = TestBed.inject(TranslateService);
    await translate.use('en');
    await translate.register(membershipTexts);
  }

  afterEach(() => http.verify());

  async function rendered<T>(fixture: ComponentFixture<T>): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
    await fixture.whenStable();
  }

  const member = (n: number, extra: Partial<MemberDto> = {}): MemberDto => ({
    id: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`,
    kind: 'Person',
    name: `Member ${n}`,
    industry: null,
    region: null,
    size: null,
    phone: '138****5678',
    email: null,
    address: null,
    birthday: null,
    personalDataMasked: true,
    tags: n === 1 ? ['vip'] : [],
    ownerId: null,
    ownerName: null,
    source: null,
    notes: null,
    creationTime: '2026-01-05T08:00:00+00:00',
    concurrencyStamp: `stamp-${n}`,
    ...extra,
  });

  it('lists members as cards, filters by text and tag, and pages on', async () => {
    await setUp(null, ['Membership.Members']);
    const fixture = TestBed.createComponent(MembersListComponent);
    const page = fixture.nativeElement as HTMLElement;
    TestBed.tick();
    http.expectOne((r) => r.url === '/api/membership/members' && r.params.get('skipCount') === '0').flush({
      items: [member(1), member(2)],
      totalCount: membershipPageSize + 1,
    });
    await rendered(fixture);

    const cards = [...page.querySelectorAll('[data-testid="membership-members"] li')];
    expect(cards.map((li) => li.querySelector('a')?.textContent?.trim())).toEqual(['Member 1', 'Member 2']);
    expect(cards[0].textContent).toContain('138****5678');
    expect(cards[0].querySelector('.member-tag')?.textContent).toBe('vip');
    expect(page.textContent).toContain(`${membershipPageSize + 1} members`);

    const inputs = page.querySelectorAll<HTMLInputElement>('.member-filters input[nz-input]');
    inputs[0].value = 'li';
    inputs[0].dispatchEvent(new Event('input'));
    inputs[1].value = 'vip';
    inputs[1].dispatchEvent(new Event('input'));
    page.querySelector<HTMLButtonElement>('.member-filters button[type="submit"]')!.click();
    TestBed.tick();
    const filtered = http.expectOne((r) => r.url === '/api/membership/members');
    expect(filtered.request.params.get('filter')).toBe('li');
    expect(filtered.request.params.get('tag')).toBe('vip');
    filtered.flush({ items: [], totalCount: 0 });
    await rendered(fixture);

    expect(page.querySelector('[data-testid="membership-empty"]')?.textContent).toBe('No members yet.');
  });

  it("shows the server's message when the module is switched off", async () => {
    await setUp(null, ['Membership.Members']);
    const fixture = TestBed.createComponent(MembersListComponent);
    TestBed.tick();
    const title = 'The Membership module is not switched on for your company.';
    http.expectOne((r) => r.url === '/api/membership/members').flush(
      { status: 403, title, code: 'Framework:ModuleNotEnabled' },
      { status: 403, statusText: 'Forbidden', headers: { 'Content-Type': 'application/problem+json' } },
    );
    await rendered(fixture);

    expect((fixture.nativeElement as HTMLElement).querySelector('nz-alert')?.textContent).toContain(title);
  });

  it('shows the field errors and the duplicate message of the server next to their fields', async () => {
    await setUp(null, ['Membership.Members', 'Membership.Members.Create']);
    const fixture = TestBed.createComponent(MemberFormComponent);
    const page = fixture.nativeElement as HTMLElement;
    await rendered(fixture);
    const name = page.querySelector<HTMLInputElement>('[data-testid="member-name"]')!;
    name.value = 'Wang Fang';
    name.dispatchEvent(new Event('input'));
    const phone = page.querySelector<HTMLInputElement>('[data-testid="member-phone"]')!;
    phone.value = 'call me';
    phone.dispatchEvent(new Event('input'));

    page.querySelector<HTMLButtonElement>('[data-testid="member-save"]')!.click();
    TestBed.tick();
    const post = http.expectOne((r) => r.url === '/api/membership/members' && r.method === 'POST');
    expect(post.request.body).toMatchObject({ kind: 'Person', name: 'Wang Fang', phone: 'call me', tags: [] });
    post.flush(
      { status: 400, title: 'One or more fields are invalid.', errors: { phone: ['The format is not valid.'] } },
      { status: 400, statusText: 'Bad Request', headers: { 'Content-Type': 'application/problem+json' } },
    );
    await rendered(fixture);

    expect(page.textContent).toContain('The format is not valid.');
  });

  it('edits a masked member without sending personal data, and offers a reload on a stale edit', async () => {
    await setUp('00000000-0000-0000-0000-000000000001', ['Membership.Members', 'Membership.Members.Update']);
    const fixture = TestBed.createComponent(MemberFormComponent);
    const page = fixture.nativeElement as HTMLElement;
    TestBed.tick();
    http.expectOne((r) => r.url === '/api/membership/members/00000000-0000-0000-0000-000000000001').flush(member(1));
    await rendered(fixture);

    expect(page.querySelector('[data-testid="member-phone"]')).toBeNull();
    expect(page.querySelector('[data-testid="member-masked"]')?.textContent).toBe('Personal data is masked for you.');
    page.querySelector<HTMLButtonElement>('[data-testid="member-save"]')!.click();
    TestBed.tick();
    const put = http.expectOne((r) => r.method === 'PUT');
    expect(put.request.body).toMatchObject({ name: 'Member 1', phone: null, email: null, tags: ['vip'], concurrencyStamp: 'stamp-1' });
    put.flush(
      { status: 409, title: 'Changed meanwhile.' },
      { status: 409, statusText: 'Conflict', headers: { 'Content-Type': 'application/problem+json' } },
    );
    await rendered(fixture);

    expect(page.querySelector('[data-testid="stale"]')).not.toBeNull();
  });

  it("shows a member's purchases and points balance", async () => {
    await setUp('00000000-0000-0000-0000-000000000001', ['Membership.Members', 'Membership.Purchases', 'Membership.Points']);
    const fixture = TestBed.createComponent(MemberDetailsComponent);
    const page = fixture.nativeElement as HTMLElement;
    TestBed.tick();
    http.expectOne((r) => r.url === '/api/membership/members/00000000-0000-0000-0000-000000000001').flush(member(1));
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne((r) => r.url.endsWith('/purchases')).flush({
      items: [{ id: 'p1', memberId: 'm', purchasedAt: '2026-03-01T02:00:00Z', amount: 199.9, currency: 'CNY', category: 'Tea', orderNumber: null, refundedAmount: 0, remainingAmount: 199.9, creationTime: '2026-03-01T02:00:00Z' }],
      totalCount: 1,
    });
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne((r) => r.url.endsWith('/points')).flush({
      memberId: 'm',
      balance: 19,
      asOf: '2026-03-02T00:00:00Z',
      entries: [{ id: 'e1', kind: 'Earn', points: 19, balance: 19, occurredAt: '2026-03-01T02:00:00Z', expiresAt: '2027-03-01T02:00:00Z', remaining: 19, purchaseId: 'p1', shortfall: 0, note: null }],
    });
    await rendered(fixture);

    expect(page.querySelector('[data-testid="member-title"]')?.textContent).toBe('Member 1');
    expect(page.querySelector('[data-testid="member-points"]')?.textContent).toBe('19 points');
    expect(page.querySelector('[data-testid="member-purchases"]')?.textContent).toContain('Tea');
    expect(page.querySelector('[data-testid="member-statement"]')?.textContent).toContain('Earned 19');
  });
});
