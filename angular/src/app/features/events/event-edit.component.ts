import { Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormBuilder } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { Api } from '../../api/api';
import { apiEventsIdGet } from './api/fn/events/api-events-id-get';
import { apiEventsIdPut } from './api/fn/events/api-events-id-put';
import { apiEventsPost } from './api/fn/events/api-events-post';
import { apiOrgUnitsGet } from '../../api/fn/organization-units/api-org-units-get';
import { OrganizationUnitDto } from '../../api/models/organization-unit-dto';
import { AppConfigService } from '../../core/config/app-config.service';
import { messageOf, problemOf } from '../../core/forms/server-errors';
import { TranslateService } from '../../core/i18n/translate.service';
import { formImports } from '../../shared/form-imports';
import { formatMoney } from '../../shared/format';
import { TenantTimeService } from '../../shared/time/tenant-time.service';
import { applyEventServerErrors } from './event-errors';
import { BudgetLineGroup, budgetCurrency, budgetTotal, createBudgetLineGroup, createEventForm, patchEventForm, toEventBody } from './event-form';
import { touchAll } from '../../core/forms/touch-all';
import { eventRiskTiers, eventTypes } from './event-options';

@Component({
  selector: 'app-event-edit',
  imports: [...formImports, RouterLink, NzSelectModule, NzInputNumberModule, NzCheckboxModule],
  templateUrl: './event-edit.component.html',
  styleUrls: ['../../shared/page.css', './events.css'],
})
export class EventEditComponent {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly fb = inject(FormBuilder);
  private readonly translate = inject(TranslateService);
  /** The date-time inputs show and read the company's wall time. */
  private readonly timeZone = inject(TenantTimeService).timeZone;
  private readonly defaultCurrency = inject(AppConfigService).setting('Platform.Currency') ?? 'CNY';
  protected readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id');
  protected readonly types = eventTypes;
  protected readonly riskTiers = eventRiskTiers;
  protected readonly units = signal<OrganizationUnitDto[] | null>(null);
  protected readonly busy = signal(false);
  protected readonly loading = signal(!!this.id);
  protected readonly error = signal<string | null>(null);
  protected readonly stale = signal(false);
  private stamp = '';
  protected readonly form = createEventForm(this.fb);
  protected readonly lines = this.form.controls.budgetLines as FormArray<BudgetLineGroup>;
  private readonly linesValue = toSignal(this.lines.valueChanges, { initialValue: this.lines.getRawValue() });
  protected readonly total = computed(() => {
    const lines = this.linesValue().map((l) => ({ category: l.category ?? '', amount: l.amount ?? null, currency: l.currency ?? '' }));
    return formatMoney(budgetTotal(lines), budgetCurrency(lines, this.defaultCurrency), this.translate.language());
  });

  constructor() {
    void this.loadUnits();
    if (this.id) void this.load(this.id);
  }

  protected addLine(): void {
    const currency = budgetCurrency(this.lines.getRawValue(), this.defaultCurrency);
    this.lines.push(createBudgetLineGroup(this.fb, currency));
  }

  protected removeLine(index: number): void {
    this.lines.removeAt(index);
  }

  protected async reload(): Promise<void> {
    if (this.id) await this.load(this.id);
  }

  private async loadUnits(): Promise<void> {
    try {
      this.units.set(await this.api.invoke(apiOrgUnitsGet));
    } catch (e) {
      this.units.set([]);
      this.error.set(messageOf(e));
    }
  }

  private async load(id: string): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    this.stale.set(false);
    try {
      const event = await this.api.invoke(apiEventsIdGet, { id });
      patchEventForm(this.fb, this.form, event, this.timeZone());
      this.stamp = event.concurrencyStamp;
    } catch (e) {
      this.error.set(messageOf(e));
    } finally {
      this.loading.set(false);
    }
  }

  protected async save(): Promise<void> {
    this.error.set(null);
    this.stale.set(false);
    if (this.form.invalid) {
      touchAll(this.form);
      return;
    }
    this.busy.set(true);
    try {
      const body = toEventBody(this.form.getRawValue(), this.timeZone());
      const saved = this.id
        ? await this.api.invoke(apiEventsIdPut, { id: this.id, body: { ...body, concurrencyStamp: this.stamp } })
        : await this.api.invoke(apiEventsPost, { body });
      await this.router.navigate(['/events', saved.id]);
    } catch (e) {
      if (problemOf(e)?.status === 409) this.stale.set(true);
      else this.error.set(applyEventServerErrors(this.form, e));
    } finally {
      this.busy.set(false);
    }
  }
}
