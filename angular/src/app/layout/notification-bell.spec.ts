import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideApiConfiguration } from '../api/api-configuration';
import { NotificationBellComponent, notificationsChanged, pollMilliseconds, portalPath } from './notification-bell.component';

describe('notification links', () => {
  it('follows portal paths only', () => {
    expect(portalPath('/approvals/requests/1')).toBe('/approvals/requests/1');
    expect(portalPath('//evil.example/x')).toBeNull();
    expect(portalPath('https://evil.example/x')).toBeNull();
    expect(portalPath(null)).toBeNull();
  });
});

describe('the bell\'s unread count', () => {
  const countUrl = '/api/notifications/unread-count';
  let http: HttpTestingController;
  let fixture: ComponentFixture<NotificationBellComponent>;
  let visibility: DocumentVisibilityState;

  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
    visibility = 'visible';
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideApiConfiguration(''), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    fixture?.destroy();
    http.verify();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  /** Answers the pending count request, then lets the promise settle and the view update. */
  async function answer(count: number): Promise<void> {
    http.expectOne(countUrl).flush({ count });
    await vi.advanceTimersByTimeAsync(0);
    fixture.detectChanges();
  }

  function badge(): string | null {
    return (fixture.nativeElement as HTMLElement).querySelector('[data-testid=unread-count]')?.textContent?.trim() ?? null;
  }

  function setVisibility(state: DocumentVisibilityState): void {
    visibility = state;
    document.dispatchEvent(new Event('visibilitychange'));
  }

  it('asks at once, then every 10 s while the tab is visible', async () => {
    fixture = TestBed.createComponent(NotificationBellComponent);
    await answer(2);
    expect(badge()).toBe('2');

    await vi.advanceTimersByTimeAsync(pollMilliseconds - 1);
    http.expectNone(countUrl);
    await vi.advanceTimersByTimeAsync(1);
    await answer(3);
    expect(badge()).toBe('3');

    await vi.advanceTimersByTimeAsync(pollMilliseconds);
    await answer(0);
    expect(badge()).toBeNull();
  });

  it('pauses while the tab is hidden and asks at once when it is visible again', async () => {
    fixture = TestBed.createComponent(NotificationBellComponent);
    await answer(1);

    setVisibility('hidden');
    await vi.advanceTimersByTimeAsync(pollMilliseconds * 5);
    http.expectNone(countUrl);

    setVisibility('visible');
    await answer(4);
    expect(badge()).toBe('4');
    await vi.advanceTimersByTimeAsync(pollMilliseconds);
    await answer(5);
    expect(badge()).toBe('5');
  });

  it('recounts at once when a page marks notifications read', async () => {
    fixture = TestBed.createComponent(NotificationBellComponent);
    await answer(3);

    notificationsChanged();
    await answer(0);
    expect(badge()).toBeNull();
  });
});
