import { Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Api } from '../../api/api';
import { apiNotificationsGet } from '../../api/fn/notifications/api-notifications-get';
import { NotificationDto } from '../../api/models/notification-dto';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { portalPath } from '../../layout/notification-bell.component';
import { TenantTimeService } from '../../shared/time/tenant-time.service';

/** How many entries home shows. */
export const recentActivityCount = 10;

/**
 * Home's "recent activity": the user's latest notifications (decisions on my requests, approvals waiting for me,
 * steps assigned or overdue, budget warnings), newest first, with relative times and links. See docs/portal.md.
 */
@Component({
  selector: 'app-recent-activity',
  imports: [RouterLink, TranslatePipe],
  template: `
    <h2 id="activity-title">{{ 'activity.title' | t }}</h2>
    @if (items(); as list) {
      <ul class="activity">
        @for (item of list; track item.id) {
          <li data-testid="activity-item">
            @if (path(item.link); as link) {
              <a [routerLink]="link" class="what">{{ item.title }}</a>
            } @else {
              <span class="what">{{ item.title }}</span>
            }
            @if (!item.isRead) { <span class="new">{{ 'activity.unread' | t }}</span> }
            <div class="muted">{{ item.body }}</div>
            <time class="muted" [attr.datetime]="item.creationTime" [attr.title]="time.format(item.creationTime)">{{ time.relative(item.creationTime, now) }}</time>
          </li>
        } @empty {
          <li class="empty" data-testid="activity-empty">{{ 'activity.empty' | t }}</li>
        }
      </ul>
    } @else {
      <p class="muted">{{ 'common.loading' | t }}</p>
    }
  `,
  styles: `
    h2 { font-size: 16px; margin: 0 0 8px; }
    .activity { list-style: none; margin: 0; padding: 0; }
    .activity li { padding: 8px 0; border-bottom: 1px solid #f0f0f0; }
    .activity li:last-child { border-bottom: 0; }
    .what { font-weight: 600; display: inline-block; min-height: 24px; }
    .new { margin-left: 6px; padding: 0 6px; border-radius: 4px; background: #e6f4ff; color: #003eb3; font-size: 12px; }
    time { font-size: 12px; }
  `,
})
export class RecentActivityComponent {
  private readonly api = inject(Api);
  protected readonly time = inject(TenantTimeService);
  protected readonly items = signal<NotificationDto[] | null>(null);
  protected readonly path = portalPath;
  protected readonly now = new Date();

  constructor() {
    this.api.invoke(apiNotificationsGet, { maxResultCount: recentActivityCount }).then(
      (page) => this.items.set(page.items),
      () => this.items.set([]),
    );
  }
}
