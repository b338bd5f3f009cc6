import { EventBudgetLineDto } from '../api/models/event-budget-line-dto';
import { EventExpenseDto } from '../api/models/event-expense-dto';

export interface BudgetLineUse {
  lineId: string;
  category: string;
  budget: number;
  spent: number;
  remaining: number;
  overBudget: boolean;
}

export interface CostTotals {
  lines: BudgetLineUse[];
  budget: number;
  spent: number;
  remaining: number;
  overBudget: boolean;
}

/** Cents, so that sums of decimal amounts stay exact. */
const cents = (value: number | string) => Math.round(Number(value) * 100);

/** Actual costs per budget line against the line's amount, and the event's totals: recorded costs only (not those awaiting or refused approval). */
export function costTotals(lines: readonly EventBudgetLineDto[], all: readonly EventExpenseDto[]): CostTotals {
  const expenses = all.filter((expense) => expense.status === 'Recorded');
  const spentCents = new Map<string, number>();
  for (const expense of expenses) spentCents.set(expense.budgetLineId, (spentCents.get(expense.budgetLineId) ?? 0) + cents(expense.amount));
  const uses = lines.map((line) => {
    const budget = cents(line.amount);
    const spent = spentCents.get(line.id) ?? 0;
    return { lineId: line.id, category: line.category, budget: budget / 100, spent: spent / 100, remaining: (budget - spent) / 100, overBudget: spent > budget };
  });
  const budget = lines.reduce((sum, line) => sum + cents(line.amount), 0);
  const spent = expenses.reduce((sum, expense) => sum + cents(expense.amount), 0);
  return { lines: uses, budget: budget / 100, spent: spent / 100, remaining: (budget - spent) / 100, overBudget: spent > budget };
}
