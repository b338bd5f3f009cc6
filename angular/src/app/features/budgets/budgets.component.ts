import { Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Api } from '../../api/api';
import { apiBudgetsGet } from '../../api/fn/budgets/api-budgets-get';
import { apiBudgetsIdPut } from '../../api/fn/budgets/api-budgets-id-put';
import { apiBudgetsPost } from '../../api/fn/budgets/api-budgets-post';
import { apiBudgetsSummaryGet } from '../../api/fn/budgets/api-budgets-summary-get';
import { apiOrgUnitsGet } from '../../api/fn/organization-units/api-org-units-get';
import { BudgetDto } from '../../api/models/budget-dto';
import { BudgetFiguresDto } from '../../api/models/budget-figures-dto';
import { BudgetWarningLevel } from '../../api/models/budget-warning-level';
import { OrganizationUnitDto } from '../../api/models/organization-unit-dto';
import { AppConfigService } from '../../core/config/app-config.service';
import { messageOf, problemOf } from '../../core/forms/server-errors';
import { camelCase } from '../../core/http/api-problem';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslateService } from '../../core/i18n/translate.service';
import { formatMoney } from '../../shared/format';
import { BudgetChartComponent } from './budget-chart.component';
import { LineDraft, budgetCategories, currentFiscalYear, newLine, periodKinds, toLineDrafts, toLineDtos, validateLines } from './budget-lines';

interface BudgetEdit {
  /** null: a new budget. */
  id: string | null;
  organizationUnitId: string | null;
  name: string;
  currency: string;
  concurrencyStamp: string;
  lines: LineDraft[];
}

const levelColors: Record<BudgetWarningLevel, string> = { Ok: 'green', Warning80: 'orange', Warning100: 'volcano', Over: 'red' };

/** The units' budgets of a fiscal year: planned, committed, actual and remaining per category, and the line editor. */
@Component({
  selector: 'app-budgets',
  imports: [FormsModule, NzAlertModule, NzButtonModule, NzInputModule, NzSelectModule, NzTagModule, TranslatePipe, BudgetChartComponent],
  templateUrl: './budgets.component.html',
  styleUrls: ['../../shared/page.css', './budgets.component.css'],
})
export class BudgetsComponent {
  private readonly api = inject(Api);
  private readonly config = inject(AppConfigService);
  protected readonly translate = inject(TranslateService);
  protected readonly canManage = computed(() => this.config.isGranted('Budgets.Budgets.Manage'));
  protected readonly categories = budgetCategories;
  protected readonly periodKinds = periodKinds;
  protected readonly levelColors = levelColors;
  protected readonly year = signal(currentFiscalYear(this.config.setting('Platform.FiscalYearStartMonth')));
  protected readonly budgets = signal<BudgetDto[] | null>(null);
  protected readonly figures = signal<Record<string, BudgetFiguresDto>>({});
  protected readonly units = signal<OrganizationUnitDto[]>([]);
  protected readonly edit = signal<BudgetEdit | null>(null);
  protected readonly clientErrors = signal<Record<string, string>>({});
  protected readonly serverErrors = signal<Record<string, string[]>>({});
  protected readonly error = signal<string | null>(null);
  protected readonly formError = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly unitsWithoutBudget = computed(() => this.units().filter((u) => !(this.budgets() ?? []).some((b) => b.organizationUnitId === u.id)));

  constructor() {
    void this.load();
  }

  protected money(amount: number | string, currency: string): string {
    return formatMoney(amount, currency, this.translate.language());
  }

  protected unitName(id: string): string {
    return this.units().find((u) => u.id === id)?.displayName ?? '';
  }

  protected changeYear(delta: number): void {
    this.year.update((y) => y + delta);
    this.edit.set(null);
    void this.load();
  }

  protected async load(): Promise<void> {
    this.error.set(null);
    try {
      const [budgets, summary, units] = await Promise.all([
        this.api.invoke(apiBudgetsGet, { Year: this.year() }),
        this.api.invoke(apiBudgetsSummaryGet, { Year: this.year() }),
        this.units().length ? Promise.resolve(this.units()) : this.api.invoke(apiOrgUnitsGet).catch(() => [] as OrganizationUnitDto[]),
      ]);
      this.units.set(units);
      this.budgets.set(budgets);
      this.figures.set(Object.fromEntries(summary.budgets.map((f) => [f.budgetId, f])));
    } catch (e) {
      this.error.set(messageOf(e));
      this.budgets.set([]);
    }
  }

  protected startNew(): void {
    this.startEdit({ id: null, organizationUnitId: this.unitsWithoutBudget()[0]?.id ?? null, name: '', currency: this.config.setting('Platform.Currency') ?? 'CNY', concurrencyStamp: '', lines: [newLine([])] });
  }

  protected startEditing(budget: BudgetDto): void {
    this.startEdit({ id: budget.id, organizationUnitId: budget.organizationUnitId, name: budget.name, currency: budget.currency, concurrencyStamp: budget.concurrencyStamp, lines: toLineDrafts(budget.lines) });
  }

  protected addLine(edit: BudgetEdit): void {
    edit.lines = [...edit.lines, newLine(edit.lines)];
  }

  protected removeLine(edit: BudgetEdit, index: number): void {
    edit.lines = edit.lines.filter((_, i) => i !== index);
  }

  protected err(path: string): string | null {
    const server = this.serverErrors()[camelCase(path)];
    if (server) return server.join(' ');
    const client = this.clientErrors()[path];
    return client ? this.translate.t(client) : null;
  }

  protected async save(): Promise<void> {
    const edit = this.edit();
    if (!edit) return;
    const errors = validateLines(edit.lines);
    if (!edit.name.trim()) errors['name'] = 'validation.required';
    if (!edit.organizationUnitId) errors['organizationUnitId'] = 'validation.required';
    this.clientErrors.set(errors);
    this.serverErrors.set({});
    this.formError.set(null);
    if (Object.keys(errors).length) return;
    this.busy.set(true);
    try {
      const lines = toLineDtos(edit.lines);
      if (edit.id) {
        await this.api.invoke(apiBudgetsIdPut, { id: edit.id, body: { name: edit.name.trim(), concurrencyStamp: edit.concurrencyStamp, lines } });
      } else {
        await this.api.invoke(apiBudgetsPost, {
          body: { name: edit.name.trim(), organizationUnitId: edit.organizationUnitId, fiscalYear: this.year(), currency: edit.currency.trim().toUpperCase() || null, lines },
        });
      }
      this.edit.set(null);
      this.notice.set(this.translate.t('common.saved'));
      await this.load();
    } catch (e) {
      const problem = problemOf(e);
      this.serverErrors.set(problem?.errors ?? {});
      this.formError.set(problem && Object.keys(problem.errors).length ? null : messageOf(e));
    } finally {
      this.busy.set(false);
    }
  }

  private startEdit(edit: BudgetEdit): void {
    this.edit.set(edit);
    this.clientErrors.set({});
    this.serverErrors.set({});
    this.formError.set(null);
    this.notice.set(null);
  }
}
