import { EventExpenseDto } from '../api/models/event-expense-dto';
import { EventExpenseStatus } from '../api/models/event-expense-status';
import { costTotals } from './cost-totals';

const expense = (budgetLineId: string, amount: string, status: EventExpenseStatus = 'Recorded'): EventExpenseDto => ({
  id: `${budgetLineId}-${amount}`,
  marketingEventId: 'e1',
  budgetLineId,
  amount,
  currency: 'CNY',
  spentOn: '2026-12-01',
  note: null,
  receiptFileId: null,
  recordedInBudget: false,
  status,
  approvalRequestId: status === 'Recorded' ? null : 'r1',
  creationTime: '2026-12-01T00:00:00Z',
  creatorId: null,
  concurrencyStamp: 's',
});

describe('event cost totals', () => {
  const lines = [
    { id: 'venue', category: 'Venue', amount: '1000.00', currency: 'CNY' },
    { id: 'food', category: 'Catering', amount: 500, currency: 'CNY' },
  ];

  it('sums costs per budget line and for the event, exactly in cents', () => {
    const totals = costTotals(lines, [expense('venue', '0.10'), expense('venue', '0.20'), expense('food', '600.00')]);
    expect(totals.lines[0]).toEqual({ lineId: 'venue', category: 'Venue', budget: 1000, spent: 0.3, remaining: 999.7, overBudget: false });
    expect(totals.lines[1]).toMatchObject({ spent: 600, remaining: -100, overBudget: true });
    expect(totals).toMatchObject({ budget: 1500, spent: 600.3, remaining: 899.7, overBudget: false });
  });

  it('leaves out costs awaiting approval or not approved', () => {
    const totals = costTotals(lines, [expense('venue', '100.00'), expense('venue', '2000.00', 'PendingApproval'), expense('food', '50.00', 'Rejected')]);
    expect(totals.lines.map((l) => l.spent)).toEqual([100, 0]);
    expect(totals).toMatchObject({ spent: 100, overBudget: false });
  });

  it('gives zero spend for lines without costs', () => {
    const totals = costTotals(lines, []);
    expect(totals.lines.map((l) => l.spent)).toEqual([0, 0]);
    expect(totals.spent).toBe(0);
  });
});
