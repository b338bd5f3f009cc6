import { Component, computed, inject, input } from '@angular/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { EventFiguresDto } from '../api/models/event-figures-dto';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { TranslateService } from '../../../core/i18n/translate.service';
import { loadEcharts } from '../../../shared/charts/load-echarts';
import { formatMoney } from '../../../shared/format';
import { figuresChartOptions } from './figures-chart-options';

/** Budget and actual cost per event (ECharts, loaded on demand like the home page's chart); the list below gives the same figures as text. */
@Component({
  selector: 'app-figures-chart',
  imports: [NgxEchartsDirective, TranslatePipe],
  providers: [provideEchartsCore({ echarts: loadEcharts })],
  template: `<div echarts class="chart" [options]="options()" [style.height.px]="height()" role="img" [attr.aria-label]="'figures.chartLabel' | t" data-testid="figures-chart"></div>`,
  styles: `.chart { width: 100%; min-height: 120px; }`,
})
export class FiguresChartComponent {
  private readonly translate = inject(TranslateService);
  readonly figures = input.required<EventFiguresDto[]>();
  protected readonly options = computed(() => {
    const figures = this.figures();
    const currency = figures[0]?.currency ?? 'CNY';
    const language = this.translate.language();
    return figuresChartOptions(figures, {
      budget: this.translate.t('figures.budget'),
      actualCost: this.translate.t('figures.actualCost'),
      money: (amount) => formatMoney(amount, currency, language),
    });
  });
  protected readonly height = computed(() => 64 + 48 * Math.max(1, this.figures().length));
}
