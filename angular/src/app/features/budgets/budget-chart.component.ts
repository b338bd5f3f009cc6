import { Component, computed, inject, input } from '@angular/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { BudgetFiguresDto } from '../../api/models/budget-figures-dto';
import { TranslateService } from '../../core/i18n/translate.service';
import { loadEcharts } from '../../shared/charts/load-echarts';
import { formatMoney } from '../../shared/format';
import { budgetChartOptions } from './budget-chart-options';

/** The budget use of one budget per category (ECharts, loaded on demand); the figures are also given as text. */
@Component({
  selector: 'app-budget-chart',
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts: loadEcharts })],
  template: `<div echarts class="chart" [options]="options()" [style.height.px]="height()" role="img" [attr.aria-label]="label()" data-testid="budget-chart"></div>`,
  styles: `.chart { width: 100%; min-height: 120px; }`,
})
export class BudgetChartComponent {
  private readonly translate = inject(TranslateService);
  readonly figures = input.required<BudgetFiguresDto>();
  protected readonly options = computed(() => {
    const figures = this.figures();
    const language = this.translate.language();
    return budgetChartOptions(figures, {
      category: (c) => this.translate.t(`budgetCategory.${c}`),
      committed: this.translate.t('budgets.committed'),
      actual: this.translate.t('budgets.actual'),
      remaining: this.translate.t('budgets.remaining'),
      money: (amount) => formatMoney(amount, figures.currency, language),
    });
  });
  protected readonly height = computed(() => 64 + 36 * Math.max(1, this.figures().categories.length));
  protected readonly label = computed(() => {
    const f = this.figures();
    const money = (v: number | string) => formatMoney(v, f.currency, this.translate.language());
    return this.translate.t('budgets.chartLabel', { planned: money(f.total.planned), used: money(Number(f.total.committed) + Number(f.total.actual)), remaining: money(f.total.remaining) });
  });
}
