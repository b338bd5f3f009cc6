import { Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { Api } from '../../../api/api';
import { apiEventsIdFiguresGet } from '../api/fn/events/api-events-id-figures-get';
import { apiEventsIdFiguresRevenuePut } from '../api/fn/events/api-events-id-figures-revenue-put';
import { EventFiguresDto } from '../api/models/event-figures-dto';
import { EventRevenueDto } from '../api/models/event-revenue-dto';
import { MarketingEventDto } from '../api/models/marketing-event-dto';
import { AppConfigService } from '../../../core/config/app-config.service';
import { applyServerErrors, messageOf, problemOf } from '../../../core/forms/server-errors';
import { TranslateService } from '../../../core/i18n/translate.service';
import { formImports } from '../../../shared/form-imports';
import { formatOptionalMoney, formatRate } from './figure-format';
import { touchAll } from '../../../core/forms/touch-all';

/** The figures tab: cost, cost per registrant / attendee / lead, attendance rate, ROI, and the attributed revenue. */
@Component({
  selector: 'app-event-figures',
  imports: [...formImports],
  templateUrl: './event-figures.component.html',
  styleUrls: ['../../../shared/page.css', '../events.css', './figures.css'],
})
export class EventFiguresComponent implements OnInit {
  private readonly api = inject(Api);
  private readonly config = inject(AppConfigService);
  private readonly translate = inject(TranslateService);
  readonly event = input.required<MarketingEventDto>();
  protected readonly figures = signal<EventFiguresDto | null>(null);
  protected readonly revenue = signal<EventRevenueDto | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly formError = signal<string | null>(null);
  protected readonly saved = signal(false);
  protected readonly busy = signal(false);
  protected readonly canManage = computed(() => this.config.isGranted('Events.MarketingEvents.Manage'));
  protected readonly form = inject(FormBuilder).nonNullable.group({
    amount: ['', [Validators.required, Validators.pattern(/^\d+(\.\d{1,2})?$/)]],
    note: ['', Validators.maxLength(500)],
  });

  ngOnInit(): void {
    void this.load();
  }

  protected money(value: number | string | null | undefined): string {
    return formatOptionalMoney(value, this.figures()?.currency, this.translate.language());
  }

  protected rate(value: number | string | null | undefined): string {
    return formatRate(value, this.translate.language());
  }

  protected async saveRevenue(): Promise<void> {
    this.formError.set(null);
    this.saved.set(false);
    if (this.form.invalid) {
      touchAll(this.form);
      return;
    }
    this.busy.set(true);
    try {
      const value = this.form.getRawValue();
      this.revenue.set(
        await this.api.invoke(apiEventsIdFiguresRevenuePut, {
          id: this.event().id,
          body: { amount: value.amount, note: value.note || null, concurrencyStamp: this.revenue()?.concurrencyStamp ?? null },
        }),
      );
      this.saved.set(true);
      await this.load();
    } catch (e) {
      this.formError.set(problemOf(e)?.status === 409 ? this.translate.t('figures.stale') : applyServerErrors(this.form, e));
    } finally {
      this.busy.set(false);
    }
  }

  protected async load(): Promise<void> {
    this.error.set(null);
    try {
      const figures = await this.api.invoke(apiEventsIdFiguresGet, { id: this.event().id });
      this.figures.set(figures);
      if (figures.attributedRevenue !== null && !this.form.dirty) this.form.controls.amount.setValue(String(figures.attributedRevenue));
    } catch (e) {
      this.error.set(messageOf(e));
    }
  }
}
