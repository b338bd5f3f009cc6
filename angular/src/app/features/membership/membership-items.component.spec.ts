import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import { provideApiConfiguration } from '../../api/api-configuration';
import { problemDetailsInterceptor } from '../../core/http/problem-details.interceptor';
import { TranslateService } from '../../core/i18n/translate.service';
import { MembershipItemsComponent, membershipPageSize } from './membership-items.component';
import { MembershipItemDto } from './api/models/membership-item-dto';
import { membershipTexts } from './membership.feature';

/** The generated list page against the HTTP testing backend: the requests its generated client sends, what it shows. */
describe('MembershipItemsComponent', () => {
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([problemDetailsInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
        provideApiConfiguration(''),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const translate = TestBed.inject(TranslateService);
    await translate.use('en');
    await translate.register(membershipTexts);
  });

  afterEach(() => http.verify());

  /** Lets the page take the answer (its load awaits the client's promise), then renders it. */
  async function rendered(fixture: ComponentFixture<MembershipItemsComponent>): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
    await fixture.whenStable();
  }

  const item = (n: number): MembershipItemDto => ({
    id: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`,
    name: `Item ${n}`,
    description: n === 1 ? 'The first' : null,
    creationTime: '2026-01-05T08:00:00+00:00',
    concurrencyStamp: `stamp-${n}`,
  });

  it('lists the first page through the generated client and pages on', async () => {
    const fixture = TestBed.createComponent(MembershipItemsComponent);
    const page = fixture.nativeElement as HTMLElement;
    TestBed.tick();
    http.expectOne((r) => r.url === '/api/membership/items' && r.params.get('skipCount') === '0').flush({
      items: [item(1), item(2)],
      totalCount: membershipPageSize + 1,
    });
    await rendered(fixture);

    const rows = [...page.querySelectorAll('[data-testid="membership-items"] li')].map((li) => li.textContent?.trim());
    expect(rows).toEqual(['Item 1 The first', 'Item 2']);
    expect(page.textContent).toContain(`${membershipPageSize + 1} items`);

    const next = [...page.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Next')!;
    next.click();
    TestBed.tick();
    const second = http.expectOne((r) => r.url === '/api/membership/items');
    expect(second.request.params.get('skipCount')).toBe(String(membershipPageSize));
    second.flush({ items: [item(21)], totalCount: membershipPageSize + 1 });
    await rendered(fixture);

    expect([...page.querySelectorAll('[data-testid="membership-items"] li')].map((li) => li.textContent?.trim())).toEqual(['Item 21']);
  });

  it('says so when the company has no items', async () => {
    const fixture = TestBed.createComponent(MembershipItemsComponent);
    TestBed.tick();
    http.expectOne((r) => r.url === '/api/membership/items').flush({ items: [], totalCount: 0 });
    await rendered(fixture);

    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="membership-empty"]')?.textContent).toBe('No items yet.');
  });

  it("shows the server's message when the module is switched off", async () => {
    const fixture = TestBed.createComponent(MembershipItemsComponent);
    TestBed.tick();
    const title = 'The Membership module is not switched on for your company.';
    http.expectOne((r) => r.url === '/api/membership/items').flush(
      { status: 403, title, code: 'Framework:ModuleNotEnabled' },
      { status: 403, statusText: 'Forbidden', headers: { 'Content-Type': 'application/problem+json' } },
    );
    await rendered(fixture);

    expect((fixture.nativeElement as HTMLElement).querySelector('nz-alert')?.textContent).toContain(title);
  });
});
