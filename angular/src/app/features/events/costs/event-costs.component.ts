import { HttpClient } from '@angular/common/http';
import { Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { RouterLink } from '@angular/router';
import { Api } from '../../../api/api';
import { apiEventsIdExpensesExpenseIdReceiptGet } from '../api/fn/events/api-events-id-expenses-expense-id-receipt-get';
import { apiEventsIdExpensesExpenseIdReceiptPost } from '../api/fn/events/api-events-id-expenses-expense-id-receipt-post';
import { apiEventsIdExpensesGet } from '../api/fn/events/api-events-id-expenses-get';
import { apiEventsIdExpensesPost } from '../api/fn/events/api-events-id-expenses-post';
import { BlobFileDto } from '../api/models/blob-file-dto';
import { EventExpenseDto } from '../api/models/event-expense-dto';
import { MarketingEventDto } from '../api/models/marketing-event-dto';
import { AppConfigService } from '../../../core/config/app-config.service';
import { applyServerErrors, messageOf } from '../../../core/forms/server-errors';
import { TranslateService } from '../../../core/i18n/translate.service';
import { formImports } from '../../../shared/form-imports';
import { formatMoney } from '../../../shared/format';
import { costTotals } from './cost-totals';
import { touchAll } from '../../../core/forms/touch-all';

const openStatuses = ['Approved', 'InExecution', 'Completed'];

/** The costs tab: actual costs against the event's budget lines, with receipts (blob upload), and totals against the budget. */
@Component({
  selector: 'app-event-costs',
  imports: [...formImports, NzSelectModule, NzTagModule, RouterLink],
  templateUrl: './event-costs.component.html',
  styleUrls: ['../../../shared/page.css', '../events.css', './event-costs.component.css'],
})
export class EventCostsComponent implements OnInit {
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);
  private readonly config = inject(AppConfigService);
  private readonly translate = inject(TranslateService);
  readonly event = input.required<MarketingEventDto>();
  protected readonly expenses = signal<EventExpenseDto[] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly formError = signal<string | null>(null);
  protected readonly receiptError = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal<string | null>(null);
  protected readonly file = signal<File | null>(null);
  protected readonly totals = computed(() => costTotals(this.event().budgetLines, this.expenses() ?? []));
  protected readonly currency = computed(() => this.event().budgetLines[0]?.currency ?? this.config.setting('Platform.Currency') ?? 'CNY');
  protected readonly canRecord = computed(() => this.config.isGranted('Events.MarketingEvents.Manage') && openStatuses.includes(this.event().status));
  protected readonly hasUncounted = computed(() => (this.expenses() ?? []).some((e) => e.status !== 'Recorded'));
  protected readonly lineNames = computed(() => new Map(this.event().budgetLines.map((l) => [l.id, l.category])));
  protected readonly form = inject(FormBuilder).nonNullable.group({
    budgetLineId: ['', Validators.required],
    amount: ['', [Validators.required, Validators.pattern(/^\d+(\.\d{1,2})?$/)]],
    spentOn: [new Date().toISOString().slice(0, 10), Validators.required],
    note: ['', Validators.maxLength(500)],
  });

  ngOnInit(): void {
    const first = this.event().budgetLines[0];
    if (first) this.form.controls.budgetLineId.setValue(first.id);
    void this.load();
  }

  protected statusColor(expense: EventExpenseDto): string {
    return expense.status === 'PendingApproval' ? 'orange' : expense.status === 'Rejected' ? 'red' : 'green';
  }

  protected money(amount: number | string): string {
    return formatMoney(amount, this.currency(), this.translate.language());
  }

  protected receiptUrl(expense: EventExpenseDto): string {
    return apiEventsIdExpensesExpenseIdReceiptGet.PATH.replace('{id}', this.event().id).replace('{expenseId}', expense.id).replace(/^\//, '');
  }

  protected chooseFile(input: HTMLInputElement): void {
    this.file.set(input.files?.[0] ?? null);
  }

  protected async add(fileInput: HTMLInputElement): Promise<void> {
    this.formError.set(null);
    this.notice.set(null);
    if (this.form.invalid) {
      touchAll(this.form);
      return;
    }
    const value = this.form.getRawValue();
    const line = this.event().budgetLines.find((l) => l.id === value.budgetLineId);
    this.busy.set('add');
    try {
      const created = await this.api.invoke(apiEventsIdExpensesPost, {
        id: this.event().id,
        body: { budgetLineId: value.budgetLineId, amount: value.amount, currency: line?.currency ?? this.currency(), spentOn: new Date(`${value.spentOn}T12:00`).toISOString(), note: value.note || null },
      });
      this.expenses.update((list) => [...(list ?? []), created]);
      // 202: over budget under the company's ExtraApproval policy, the cost waits for its approval request.
      if (created.status === 'PendingApproval') this.notice.set(this.translate.t('costs.sentForApproval'));
      this.form.controls.amount.reset('');
      this.form.controls.note.reset('');
      const file = this.file();
      this.file.set(null);
      fileInput.value = '';
      if (file) await this.upload(created, file).then(
        (updated) => this.expenses.update((list) => list?.map((e) => (e.id === updated.id ? updated : e)) ?? null),
        () => undefined,
      );
    } catch (e) {
      this.formError.set(applyServerErrors(this.form, e));
    } finally {
      this.busy.set(null);
    }
  }

  protected async attach(expense: EventExpenseDto, input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    this.busy.set(expense.id);
    try {
      const updated = await this.upload(expense, file);
      this.expenses.update((list) => list?.map((e) => (e.id === updated.id ? updated : e)) ?? null);
    } catch {
      // upload() has shown the reason
    } finally {
      input.value = '';
      this.busy.set(null);
    }
  }

  /** The receipt is the raw request body (name in X-File-Name), which the generated client cannot send. */
  private async upload(expense: EventExpenseDto, file: File): Promise<EventExpenseDto> {
    this.receiptError.set(null);
    const url = this.api.rootUrl + apiEventsIdExpensesExpenseIdReceiptPost.PATH.replace('{id}', this.event().id).replace('{expenseId}', expense.id);
    try {
      const stored = await firstValueFrom(
        this.http.post<BlobFileDto>(url, file, { headers: { 'Content-Type': file.type || 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) } }),
      );
      return { ...expense, receiptFileId: stored.id };
    } catch (e) {
      this.receiptError.set(this.translate.t('costs.receiptFailed', { name: file.name, reason: messageOf(e) }));
      throw e;
    }
  }

  private async load(): Promise<void> {
    try {
      this.expenses.set(await this.api.invoke(apiEventsIdExpensesGet, { id: this.event().id }));
    } catch (e) {
      this.error.set(messageOf(e));
      this.expenses.set([]);
    }
  }
}
