import { Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Api } from '../../../api/api';
import { apiEventsFiguresGet } from '../api/fn/events/api-events-figures-get';
import { EventFiguresDto } from '../api/models/event-figures-dto';
import { MarketingEventStatus } from '../api/models/marketing-event-status';
import { messageOf } from '../../../core/forms/server-errors';
import { TranslateService } from '../../../core/i18n/translate.service';
import { formImports } from '../../../shared/form-imports';
import { eventStatusColors, eventStatuses } from '../event-options';
import { formatOptionalMoney, formatRate } from './figure-format';
import { chartableFigures } from './figures-chart-options';
import { FiguresChartComponent } from './figures-chart.component';

const pageSize = 20;

/** /events/figures: every event's cost, per-head costs, attendance rate and ROI, with a budget-vs-cost chart. */
@Component({
  selector: 'app-events-figures',
  imports: [...formImports, FormsModule, RouterLink, NzSelectModule, NzTagModule, FiguresChartComponent],
  templateUrl: './events-figures.component.html',
  styleUrls: ['../../../shared/page.css', '../events.css', './figures.css'],
})
export class EventsFiguresComponent {
  private readonly api = inject(Api);
  private readonly translate = inject(TranslateService);
  protected readonly figures = signal<EventFiguresDto[] | null>(null);
  protected readonly chartFigures = computed(() => chartableFigures(this.figures() ?? []).filter((f) => Number(f.budget) > 0 || Number(f.actualCost) > 0));
  protected readonly totalCount = signal(0);
  protected readonly page = signal(1);
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.totalCount() / pageSize)));
  protected readonly error = signal<string | null>(null);
  protected readonly statuses = eventStatuses;
  protected readonly colors = eventStatusColors;
  protected filter = '';
  protected status: MarketingEventStatus | null = null;

  constructor() {
    void this.load();
  }

  protected money(value: number | string | null, currency: string | null): string {
    return formatOptionalMoney(value, currency, this.translate.language());
  }

  protected rate(value: number | string | null): string {
    return formatRate(value, this.translate.language());
  }

  protected search(): void {
    this.page.set(1);
    void this.load();
  }

  protected goTo(page: number): void {
    this.page.set(page);
    void this.load();
  }

  private async load(): Promise<void> {
    this.error.set(null);
    try {
      const result = await this.api.invoke(apiEventsFiguresGet, {
        skipCount: (this.page() - 1) * pageSize,
        maxResultCount: pageSize,
        filter: this.filter.trim() || undefined,
        status: this.status ?? undefined,
      });
      this.figures.set(result.items);
      this.totalCount.set(Number(result.totalCount));
    } catch (e) {
      this.error.set(messageOf(e));
      this.figures.set([]);
    }
  }
}
