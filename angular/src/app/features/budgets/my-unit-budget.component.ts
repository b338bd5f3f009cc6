import { Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Api } from '../../api/api';
import { apiBudgetsSummaryGet } from '../../api/fn/budgets/api-budgets-summary-get';
import { apiOrgPositionsGet } from '../../api/fn/positions/api-org-positions-get';
import { BudgetFiguresDto } from '../../api/models/budget-figures-dto';
import { AppConfigService } from '../../core/config/app-config.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslateService } from '../../core/i18n/translate.service';
import { formatMoney } from '../../shared/format';
import { BudgetChartComponent } from './budget-chart.component';
import { currentFiscalYear } from './budget-lines';

/** Home card: this fiscal year's budget use of the unit of my (first) position. */
@Component({
  selector: 'app-my-unit-budget',
  imports: [RouterLink, TranslatePipe, BudgetChartComponent],
  template: `
    <h2 id="budget-title">{{ 'home.budget' | t }}</h2>
    @if (figures(); as f) {
      <p class="muted" data-testid="my-budget-summary">
        {{ 'home.budgetUse' | t: { used: money(+f.total.committed + +f.total.actual, f.currency), planned: money(f.total.planned, f.currency) } }}
      </p>
      <app-budget-chart [figures]="f" />
      <a routerLink="/budgets">{{ 'home.allBudgets' | t }}</a>
    } @else if (state() === 'noUnit') {
      <p class="empty">{{ 'home.noUnit' | t }}</p>
    } @else if (state() === 'noBudget') {
      <p class="empty">{{ 'home.noBudget' | t: { year: year } }} <a routerLink="/budgets">{{ 'menu.budgets' | t }}</a></p>
    } @else {
      <p class="muted">{{ 'common.loading' | t }}</p>
    }
  `,
})
export class MyUnitBudgetComponent {
  private readonly api = inject(Api);
  private readonly config = inject(AppConfigService);
  private readonly translate = inject(TranslateService);
  protected readonly year = currentFiscalYear(this.config.setting('Platform.FiscalYearStartMonth'));
  protected readonly figures = signal<BudgetFiguresDto | null>(null);
  protected readonly state = signal<'loading' | 'noUnit' | 'noBudget' | 'shown'>('loading');

  constructor() {
    void this.load();
  }

  protected money(amount: number | string, currency: string): string {
    return formatMoney(amount, currency, this.translate.language());
  }

  private async load(): Promise<void> {
    const me = this.config.config()?.currentUser.id;
    const positions = await this.api.invoke(apiOrgPositionsGet).catch(() => []);
    const unitId = positions.find((p) => p.holders.some((h) => h.userId === me))?.organizationUnitIds[0];
    if (!unitId) {
      this.state.set('noUnit');
      return;
    }
    const summary = await this.api.invoke(apiBudgetsSummaryGet, { Year: this.year, UnitId: unitId }).catch(() => null);
    const figures = summary?.budgets[0] ?? null;
    this.figures.set(figures);
    this.state.set(figures ? 'shown' : 'noBudget');
  }
}
