import { ApprovalPolicyDto } from '../../api/models/approval-policy-dto';
import { newRule, toAmount, toDraft, toUpdateDto } from './policy-draft';

const policy: ApprovalPolicyDto = {
  id: 'p1',
  businessType: 'Expense',
  name: 'Expenses',
  concurrencyStamp: 'stamp-1',
  rules: [{ id: 'r1', order: 1, name: 'Big', minAmount: 10000, minInclusive: true, maxAmount: null, maxInclusive: false, currency: 'CNY', stages: [{ mode: 'Any', approvers: [{ kind: 'Position', positionId: 'pos1', userId: null }] }] }],
};

describe('approval policy editor', () => {
  it('edits a copy, never the loaded policy', () => {
    const draft = toDraft(policy);
    draft.rules![0].minAmount = 5;
    draft.rules![0].stages[0].approvers.push({ kind: 'User', userId: 'u1' });
    expect(policy.rules[0].minAmount).toBe(10000);
    expect(policy.rules[0].stages[0].approvers.length).toBe(1);
  });

  it('sends amounts as numbers, empty bounds as open, rules numbered in order and only the id the kind uses', () => {
    const draft = toDraft(policy);
    draft.rules![0].minAmount = ' 20,000 ';
    draft.rules![0].maxAmount = '';
    draft.rules![0].stages[0].approvers[0] = { kind: 'RequesterUnitHead', positionId: 'left-over', userId: 'left-over' };
    draft.rules!.unshift({ ...newRule(9, 'usd'), name: '  Small  ', maxAmount: '100' });
    const dto = toUpdateDto(draft);
    expect(dto.concurrencyStamp).toBe('stamp-1');
    expect(dto.rules!.map((r) => [r.order, r.name, r.currency, r.minAmount, r.maxAmount])).toEqual([
      [1, 'Small', 'USD', null, 100],
      [2, 'Big', 'CNY', 20000, null],
    ]);
    expect(dto.rules![1].stages[0].approvers[0]).toEqual({ kind: 'RequesterUnitHead', positionId: null, userId: null });
  });

  it('reads amounts leniently', () => {
    expect(toAmount(null)).toBeNull();
    expect(toAmount('')).toBeNull();
    expect(toAmount('abc')).toBeNull();
    expect(toAmount('1 000.5')).toBe(1000.5);
    expect(toAmount(7)).toBe(7);
  });
});
