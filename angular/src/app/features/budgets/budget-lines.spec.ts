import { BudgetFiguresDto } from '../../api/models/budget-figures-dto';
import { budgetChartOptions } from './budget-chart-options';
import { currentFiscalYear, newLine, toLineDtos, validateLines } from './budget-lines';

describe('budget lines', () => {
  it('checks amounts, periods and duplicates under the API field paths', () => {
    const errors = validateLines([
      { category: 'Research', periodKind: 'Year', periodNumber: null, plannedAmount: '1,000.50' },
      { category: 'Research', periodKind: 'Year', periodNumber: null, plannedAmount: '5' },
      { category: 'Advertising', periodKind: 'Quarter', periodNumber: 5, plannedAmount: '-1' },
      { category: 'Other', periodKind: 'Month', periodNumber: 12, plannedAmount: '0.125' },
    ]);
    expect(errors).toEqual({
      'lines[1].category': 'budgets.duplicateLine',
      'lines[2].plannedAmount': 'budgets.amountInvalid',
      'lines[2].periodNumber': 'budgets.quarterRange',
      'lines[3].plannedAmount': 'budgets.twoDecimals',
    });
  });

  it('sends numbers, and no period number for a year line', () => {
    expect(toLineDtos([{ category: 'Research', periodKind: 'Year', periodNumber: 3, plannedAmount: '12,000' }])).toEqual([
      { category: 'Research', periodKind: 'Year', periodNumber: null, plannedAmount: 12000 },
    ]);
  });

  it('suggests a category without a year line', () => {
    expect(newLine([{ category: 'Research', periodKind: 'Year', periodNumber: null, plannedAmount: 1 }]).category).toBe('PromotionEvents');
  });

  it('names the fiscal year after the calendar year it starts in', () => {
    expect(currentFiscalYear(4, new Date(2027, 1, 10))).toBe(2026);
    expect(currentFiscalYear(4, new Date(2026, 10, 22))).toBe(2026);
    expect(currentFiscalYear(null, new Date(2026, 0, 1))).toBe(2026);
  });
});

describe('budget chart', () => {
  const figure = (planned: number, committed: number, actual: number) => ({ planned, committed, actual, remaining: planned - committed - actual, utilisation: null, warningLevel: 'Ok' as const });
  it('stacks actual, committed and remaining per category with spending, and never a negative remaining', () => {
    const figures: BudgetFiguresDto = {
      budgetId: 'b',
      currency: 'CNY',
      fiscalYear: 2026,
      organizationUnitId: 'u',
      total: figure(300, 50, 300),
      categories: [
        { category: 'Research', total: figure(100, 50, 20), periods: [] },
        { category: 'Advertising', total: figure(200, 0, 280), periods: [] },
        { category: 'Other', total: figure(0, 0, 0), periods: [] },
      ],
    };
    const options = budgetChartOptions(figures, { category: (c) => c, committed: 'C', actual: 'A', remaining: 'R', money: String }) as {
      yAxis: { data: string[] };
      series: { name: string; data: number[] }[];
    };
    expect(options.yAxis.data).toEqual(['Research', 'Advertising']);
    expect(options.series.map((s) => [s.name, s.data])).toEqual([
      ['A', [20, 280]],
      ['C', [50, 0]],
      ['R', [30, 0]],
    ]);
  });
});
