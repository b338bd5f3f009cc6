import { Component, DestroyRef, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { Api } from '../api/api';
import { apiNotificationsGet } from '../api/fn/notifications/api-notifications-get';
import { apiNotificationsIdReadPost } from '../api/fn/notifications/api-notifications-id-read-post';
import { apiNotificationsReadAllPost } from '../api/fn/notifications/api-notifications-read-all-post';
import { apiNotificationsUnreadCountGet } from '../api/fn/notifications/api-notifications-unread-count-get';
import { NotificationDto } from '../api/models/notification-dto';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { TranslateService } from '../core/i18n/translate.service';
import { TenantTimeService } from '../shared/time/tenant-time.service';

/** How often the unread count is asked for while the tab is visible (docs/notifications.md: polling, not SSE yet). */
export const pollMilliseconds = 10_000;

/** The window event a page sends after marking notifications read, so the bell recounts at once. */
export const notificationsChangedEvent = 'app-notifications-changed';

/** Tells the bell that notifications were read elsewhere (the notifications page). */
export function notificationsChanged(): void {
  window.dispatchEvent(new Event(notificationsChangedEvent));
}

/** The bell in the header: unread count (polled), the latest notifications, mark one or all as read. Plain HTML (initial bundle). */
@Component({
  selector: 'app-notification-bell',
  imports: [TranslatePipe],
  templateUrl: './notification-bell.component.html',
  styleUrl: './notification-bell.component.css',
  host: {
    '(document:keydown.escape)': 'open.set(false)',
    '(document:visibilitychange)': 'visibilityChanged()',
    '(window:app-notifications-changed)': 'refreshCount()',
  },
})
export class NotificationBellComponent {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  protected readonly translate = inject(TranslateService);
  protected readonly unread = signal(0);
  protected readonly open = signal(false);
  protected readonly items = signal<NotificationDto[] | null>(null);
  protected readonly failed = signal(false);
  protected readonly time = inject(TenantTimeService).format;

  private timer: ReturnType<typeof setInterval> | undefined;

  constructor() {
    void this.refreshCount();
    if (document.visibilityState === 'visible') this.startPolling();
    inject(DestroyRef).onDestroy(() => this.stopPolling());
  }

  /** Polls only while the tab is visible; on coming back it asks at once, then every 10 s again. */
  protected visibilityChanged(): void {
    if (document.visibilityState === 'visible') {
      void this.refreshCount();
      this.startPolling();
    } else {
      this.stopPolling();
    }
  }

  protected async seeAll(event: Event): Promise<void> {
    event.preventDefault();
    this.open.set(false);
    await this.router.navigateByUrl('/notifications');
  }

  private startPolling(): void {
    this.stopPolling();
    this.timer = setInterval(() => void this.refreshCount(), pollMilliseconds);
  }

  private stopPolling(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  protected async toggle(): Promise<void> {
    this.open.update((o) => !o);
    if (this.open()) await this.loadList();
  }

  protected async follow(item: NotificationDto): Promise<void> {
    if (!item.isRead) await this.markRead(item);
    this.open.set(false);
    const path = portalPath(item.link);
    if (path) await this.router.navigateByUrl(path);
  }

  protected async markRead(item: NotificationDto): Promise<void> {
    try {
      const read = await this.api.invoke(apiNotificationsIdReadPost, { id: item.id });
      this.items.update((list) => (list ?? []).map((n) => (n.id === item.id ? read : n)));
      this.unread.update((n) => Math.max(0, n - 1));
    } catch {
      this.failed.set(true);
    }
  }

  protected async markAllRead(): Promise<void> {
    try {
      const count = await this.api.invoke(apiNotificationsReadAllPost);
      this.unread.set(Number(count.count));
      this.items.update((list) => (list ?? []).map((n) => ({ ...n, isRead: true })));
    } catch {
      this.failed.set(true);
    }
  }

  private async loadList(): Promise<void> {
    this.failed.set(false);
    try {
      const page = await this.api.invoke(apiNotificationsGet, { maxResultCount: 10 });
      this.items.set(page.items);
      await this.refreshCount();
    } catch {
      this.failed.set(true);
      this.items.set([]);
    }
  }

  protected async refreshCount(): Promise<void> {
    try {
      this.unread.set(Number((await this.api.invoke(apiNotificationsUnreadCountGet)).count));
    } catch {
      // the count stays as it was; the list shows the error when opened
    }
  }
}

/** Only the portal's own paths are followed (never another site). */
export function portalPath(link: string | null | undefined): string | null {
  return link && link.startsWith('/') && !link.startsWith('//') ? link : null;
}
