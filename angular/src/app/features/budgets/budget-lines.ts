import { BudgetCategory } from '../../api/models/budget-category';
import { BudgetLineDto } from '../../api/models/budget-line-dto';
import { BudgetPeriodKind } from '../../api/models/budget-period-kind';

export const budgetCategories: readonly BudgetCategory[] = ['Research', 'PromotionEvents', 'Advertising', 'CustomerMaintenance', 'Other'];
export const periodKinds: readonly BudgetPeriodKind[] = ['Year', 'Quarter', 'Month'];

export interface LineDraft {
  category: BudgetCategory;
  periodKind: BudgetPeriodKind;
  periodNumber: number | string | null;
  plannedAmount: number | string;
}

export function toLineDrafts(lines: readonly BudgetLineDto[]): LineDraft[] {
  return lines.map((l) => ({ category: l.category ?? 'Other', periodKind: l.periodKind ?? 'Year', periodNumber: l.periodNumber ?? null, plannedAmount: l.plannedAmount ?? 0 }));
}

/** The categories that have no year line yet, the first one suggested for a new line. */
export function newLine(lines: readonly LineDraft[]): LineDraft {
  const used = new Set(lines.filter((l) => l.periodKind === 'Year').map((l) => l.category));
  return { category: budgetCategories.find((c) => !used.has(c)) ?? 'Other', periodKind: 'Year', periodNumber: null, plannedAmount: '' };
}

/**
 * The API's rules, checked before sending: amount ≥ 0 with at most two decimals, quarter 1..4, month 1..12,
 * no number for a year line, one line per category and period. Keys are the API's field paths.
 */
export function validateLines(lines: readonly LineDraft[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    const amount = parseAmount(line.plannedAmount);
    if (amount === null || amount < 0) errors[`lines[${i}].plannedAmount`] = 'budgets.amountInvalid';
    else if (Math.round(amount * 100) !== amount * 100) errors[`lines[${i}].plannedAmount`] = 'budgets.twoDecimals';
    const number = line.periodNumber === null || line.periodNumber === '' ? null : Number(line.periodNumber);
    const max = line.periodKind === 'Quarter' ? 4 : line.periodKind === 'Month' ? 12 : 0;
    if (max && (number === null || !Number.isInteger(number) || number < 1 || number > max)) errors[`lines[${i}].periodNumber`] = line.periodKind === 'Quarter' ? 'budgets.quarterRange' : 'budgets.monthRange';
    const key = `${line.category}/${line.periodKind}/${max ? number : ''}`;
    if (seen.has(key)) errors[`lines[${i}].category`] = 'budgets.duplicateLine';
    seen.add(key);
  });
  return errors;
}

export function toLineDtos(lines: readonly LineDraft[]): BudgetLineDto[] {
  return lines.map((l) => ({
    category: l.category,
    periodKind: l.periodKind,
    periodNumber: l.periodKind === 'Year' ? null : Number(l.periodNumber),
    plannedAmount: parseAmount(l.plannedAmount) ?? 0,
  }));
}

export function parseAmount(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const amount = typeof value === 'number' ? value : Number(String(value).replace(/[,\s]/g, ''));
  return Number.isFinite(amount) ? amount : null;
}

/** The fiscal year today falls in: named after the calendar year it starts in (setting Platform.FiscalYearStartMonth). */
export function currentFiscalYear(startMonth: number | string | null | undefined, today: Date = new Date()): number {
  const start = Math.min(12, Math.max(1, Number(startMonth) || 1));
  const month = today.getMonth() + 1;
  return month >= start ? today.getFullYear() : today.getFullYear() - 1;
}
