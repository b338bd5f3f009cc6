import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideApiConfiguration } from '../../api/api-configuration';
import { UserDto } from '../../api/models/user-dto';
import { AppConfigService } from '../../core/config/app-config.service';
import { configuration } from '../../core/testing/configuration';
import { filterUsers } from './user-filter';
import { UsersComponent } from './users.component';

const user = (userName: string, name: string, email: string | null = `${userName}@acme.test`): UserDto =>
  ({ id: userName, userName, name, email, roleNames: [], isActive: true, isLockedOut: false, concurrencyStamp: '' }) as unknown as UserDto;

const people = [user('lina', 'Li Na'), user('zhangwei', '张伟', 'wei@acme.test'), user('ada', 'Ada Lovelace', null)];

describe('finding a person on the users page', () => {
  it('keeps the users whose name, user name or e-mail contains the text, in any case', () => {
    const names = (query: string) => filterUsers(people, query, (u) => u.name).map((u) => u.userName);
    expect(names('LI')).toEqual(['lina']);
    expect(names('张')).toEqual(['zhangwei']);
    expect(names('wei@')).toEqual(['zhangwei']);
    expect(names('lovelace')).toEqual(['ada']);
    expect(names('nobody')).toEqual([]);
    expect(names('  ')).toEqual(['lina', 'zhangwei', 'ada']);
  });

  it('matches the display name too (family and given name in the page language)', () => {
    const displayName = (u: UserDto) => (u.userName === 'lina' ? 'Na Li' : u.name);
    expect(filterUsers(people, 'na li', displayName).map((u) => u.userName)).toEqual(['lina']);
  });
});

describe('the users page and its ?q= link (global search results)', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideRouter([{ path: 'identity/users', component: UsersComponent }]),
      ],
    });
    TestBed.inject(AppConfigService).config.set(configuration({ grantedPermissions: ['Identity.Users'] }));
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(harness: RouterTestingHarness, url: string): Promise<void> {
    await harness.navigateByUrl(url, UsersComponent);
  }

  async function answerUsers(harness: RouterTestingHarness): Promise<void> {
    http.expectOne((r) => r.url === '/api/identity/users').flush({ items: people, totalCount: people.length });
    http.match((r) => r.url === '/api/identity/invitations').forEach((r) => r.flush([]));
    // The page awaits the answers (promises): let them settle before drawing.
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
    harness.detectChanges();
  }

  function shownUserNames(harness: RouterTestingHarness): string[] {
    harness.detectChanges();
    return [...harness.routeNativeElement!.querySelectorAll('[data-testid=user-user-name]')].map((e) => e.textContent!.trim());
  }

  function findBox(harness: RouterTestingHarness): HTMLInputElement {
    return harness.routeNativeElement!.querySelector<HTMLInputElement>('[data-testid=find-person]')!;
  }

  it('shows only the people the ?q= text finds, with the text in the find box', async () => {
    const harness = await RouterTestingHarness.create();
    await open(harness, '/identity/users?q=zhangwei');
    await answerUsers(harness);

    expect(shownUserNames(harness)).toEqual(['zhangwei']);
    expect(findBox(harness).value).toBe('zhangwei');
  });

  it('follows a new ?q= while the page stays open, and shows everyone without it', async () => {
    const harness = await RouterTestingHarness.create();
    await open(harness, '/identity/users?q=lina');
    await answerUsers(harness);

    await open(harness, '/identity/users?q=ada');
    expect(shownUserNames(harness)).toEqual(['ada']);
    await open(harness, '/identity/users');
    expect(shownUserNames(harness)).toEqual(['lina', 'zhangwei', 'ada']);
  });

  it('puts what is typed into the URL, replacing the entry', async () => {
    const harness = await RouterTestingHarness.create();
    await open(harness, '/identity/users');
    await answerUsers(harness);

    const box = findBox(harness);
    box.value = 'Li N';
    box.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
    harness.detectChanges();

    expect(shownUserNames(harness)).toEqual(['lina']);
    expect(TestBed.inject(Router).url).toBe('/identity/users?q=Li%20N');
  });
});
