import { Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { Api } from '../../api/api';
import { apiNotificationsGet } from '../../api/fn/notifications/api-notifications-get';
import { apiNotificationsPreferencesGet } from '../../api/fn/notifications/api-notifications-preferences-get';
import { apiNotificationsIdReadPost } from '../../api/fn/notifications/api-notifications-id-read-post';
import { apiNotificationsReadAllPost } from '../../api/fn/notifications/api-notifications-read-all-post';
import { NotificationDto } from '../../api/models/notification-dto';
import { NotificationKind } from '../../api/models/notification-kind';
import { NotificationKindPreferenceDto } from '../../api/models/notification-kind-preference-dto';
import { messageOf } from '../../core/forms/server-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { notificationsChanged, portalPath } from '../../layout/notification-bell.component';
import { TenantTimeService } from '../../shared/time/tenant-time.service';

/** How many notifications one "load more" adds. */
const pageSize = 20;

/**
 * Every notification of the signed-in user (GET /api/notifications): all or unread only, of every kind or one (the kinds
 * and their names in the user's language come from GET /api/notifications/preferences), mark read one by one or all, load more.
 */
@Component({
  selector: 'app-notifications-list',
  imports: [NzButtonModule, RouterLink, TranslatePipe],
  templateUrl: './notifications-list.component.html',
  styleUrls: ['../../shared/page.css', './notifications-list.component.css'],
})
export class NotificationsListComponent {
  private readonly api = inject(Api);
  protected readonly time = inject(TenantTimeService).format;
  protected readonly portalPath = portalPath;
  protected readonly unreadOnly = signal(false);
  /** '' = every kind. */
  protected readonly kind = signal<NotificationKind | ''>('');
  protected readonly kinds = signal<NotificationKindPreferenceDto[]>([]);
  protected readonly items = signal<NotificationDto[] | null>(null);
  protected readonly total = signal(0);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    void this.load(false);
    void this.loadKinds();
  }

  protected show(unreadOnly: boolean): void {
    if (this.unreadOnly() === unreadOnly) return;
    this.unreadOnly.set(unreadOnly);
    this.items.set(null);
    void this.load(false);
  }

  protected showKind(kind: string): void {
    if (this.kind() === kind) return;
    this.kind.set(kind as NotificationKind | '');
    this.items.set(null);
    void this.load(false);
  }

  protected loadMore(): void {
    void this.load(true);
  }

  protected async markRead(item: NotificationDto): Promise<void> {
    this.error.set(null);
    try {
      const read = await this.api.invoke(apiNotificationsIdReadPost, { id: item.id });
      this.items.update((list) => (list ?? []).map((n) => (n.id === item.id ? read : n)));
      notificationsChanged();
    } catch (e) {
      this.error.set(messageOf(e));
    }
  }

  protected async markAllRead(): Promise<void> {
    this.error.set(null);
    this.busy.set(true);
    try {
      await this.api.invoke(apiNotificationsReadAllPost);
      this.items.update((list) => (list ?? []).map((n) => ({ ...n, isRead: true })));
      notificationsChanged();
    } catch (e) {
      this.error.set(messageOf(e));
    } finally {
      this.busy.set(false);
    }
  }

  protected hasUnread(list: NotificationDto[]): boolean {
    return list.some((n) => !n.isRead);
  }

  private async load(more: boolean): Promise<void> {
    this.error.set(null);
    this.busy.set(true);
    const unreadOnly = this.unreadOnly();
    const kind = this.kind();
    // Under "Unread", the ones marked read here have left the server's list: the next page starts after the unread ones shown.
    const shown = (this.items() ?? []).filter((n) => !unreadOnly || !n.isRead).length;
    const skipCount = more ? shown : 0;
    try {
      const page = await this.api.invoke(apiNotificationsGet, { unreadOnly, kind: kind || undefined, skipCount, maxResultCount: pageSize });
      if (unreadOnly !== this.unreadOnly() || kind !== this.kind()) return;
      this.total.set(Number(page.totalCount));
      this.items.update((list) => (more ? [...(list ?? []), ...page.items] : page.items));
    } catch (e) {
      this.error.set(messageOf(e));
      if (!more) this.items.set([]);
    } finally {
      this.busy.set(false);
    }
  }

  /** Without the kinds (a host operator has no preferences) the page simply shows no kind filter. */
  private async loadKinds(): Promise<void> {
    try {
      this.kinds.set((await this.api.invoke(apiNotificationsPreferencesGet)).kinds);
    } catch {
      this.kinds.set([]);
    }
  }
}
