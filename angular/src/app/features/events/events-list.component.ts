import { Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Api } from '../../api/api';
import { apiEventsGet } from './api/fn/events/api-events-get';
import { MarketingEventDto } from './api/models/marketing-event-dto';
import { MarketingEventStatus } from './api/models/marketing-event-status';
import { MarketingEventType } from './api/models/marketing-event-type';
import { AppConfigService } from '../../core/config/app-config.service';
import { messageOf } from '../../core/forms/server-errors';
import { TranslateService } from '../../core/i18n/translate.service';
import { formImports } from '../../shared/form-imports';
import { formatMoney } from '../../shared/format';
import { TenantTimeService } from '../../shared/time/tenant-time.service';
import { eventStatusColors, eventStatuses, eventTypes } from './event-options';

const pageSize = 20;

@Component({
  selector: 'app-events-list',
  imports: [...formImports, FormsModule, RouterLink, NzSelectModule, NzTagModule],
  templateUrl: './events-list.component.html',
  styleUrls: ['../../shared/page.css', './events.css'],
})
export class EventsListComponent {
  private readonly api = inject(Api);
  private readonly translate = inject(TranslateService);
  private readonly config = inject(AppConfigService);
  protected readonly canCreate = computed(() => this.config.isGranted('Events.MarketingEvents.Create'));
  protected readonly canUseTemplates = computed(() => this.config.isGranted('Events.EventTemplates'));
  protected readonly types = eventTypes;
  protected readonly statuses = eventStatuses;
  protected readonly colors = eventStatusColors;
  protected readonly events = signal<MarketingEventDto[] | null>(null);
  protected readonly totalCount = signal(0);
  protected readonly page = signal(1);
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.totalCount() / pageSize)));
  protected readonly error = signal<string | null>(null);
  protected filter = '';
  protected status: MarketingEventStatus | null = null;
  protected type: MarketingEventType | null = null;
  protected readonly filtered = signal(false);

  constructor() {
    void this.load();
  }

  protected search(): void {
    this.page.set(1);
    void this.load();
  }

  protected clear(): void {
    this.filter = '';
    this.status = null;
    this.type = null;
    this.search();
  }

  protected goTo(page: number): void {
    this.page.set(page);
    void this.load();
  }

  protected money(event: MarketingEventDto): string {
    return formatMoney(event.totalBudget, event.budgetLines[0]?.currency ?? '', this.translate.language());
  }

  protected readonly time = inject(TenantTimeService).format;

  protected async load(): Promise<void> {
    this.error.set(null);
    this.filtered.set(!!(this.filter.trim() || this.status || this.type));
    try {
      const result = await this.api.invoke(apiEventsGet, {
        skipCount: (this.page() - 1) * pageSize,
        maxResultCount: pageSize,
        filter: this.filter.trim() || undefined,
        status: this.status ?? undefined,
        type: this.type ?? undefined,
      });
      this.events.set(result.items);
      this.totalCount.set(Number(result.totalCount));
    } catch (e) {
      this.error.set(messageOf(e));
      this.events.set([]);
    }
  }
}
