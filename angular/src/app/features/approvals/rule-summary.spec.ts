import { describe, expect, it } from 'vitest';
import { ApprovalRuleDto } from '../../api/models/approval-rule-dto';
import { PositionDto } from '../../api/models/position-dto';
import { approverToday, ruleChips } from './rule-summary';
import { newRule } from './policy-draft';

const format = (n: number) => n.toLocaleString('en');
const unitName = (id: string) => (id === 'u1' ? 'Marketing' : '?');

describe('ruleChips', () => {
  it('reads "any" for every condition that is not set', () => {
    expect(ruleChips(newRule(1, 'CNY'), unitName, format).map((c) => c.key)).toEqual(['rule.anyAmount', 'rule.anyTier', 'rule.anySpecial', 'rule.anyUnit']);
  });

  it('names each set condition with its bound in words', () => {
    const rule: ApprovalRuleDto = { ...newRule(1, 'CNY'), minAmount: 10000, minInclusive: true, maxAmount: 50000, maxInclusive: false, riskTier: 'Strategic', isSpecial: true, requesterUnitId: 'u1' };
    const [amount, tier, special, unit] = ruleChips(rule, unitName, format);
    expect(amount).toEqual({
      key: 'rule.amountBetween',
      params: { min: '10,000', max: '50,000', currency: 'CNY', minBound: 'rule.included', maxBound: 'rule.excluded' },
      translateParams: ['minBound', 'maxBound'],
    });
    expect([tier.params?.['tier'], special.key, unit.params?.['unit']]).toEqual(['tier.Strategic', 'rule.specialOnly', 'Marketing']);
  });

  it('words a single bound by whether it is inclusive', () => {
    const keys = [
      { minAmount: 5, minInclusive: true },
      { minAmount: 5, minInclusive: false },
      { maxAmount: 5, maxInclusive: true },
      { maxAmount: 5, maxInclusive: false },
    ].map((band) => ruleChips({ ...newRule(1, 'CNY'), ...band }, unitName, format)[0].key);
    expect(keys).toEqual(['rule.amountFrom', 'rule.amountAbove', 'rule.amountUpTo', 'rule.amountBelow']);
  });
});

describe('approverToday', () => {
  const positions = [
    { id: 'p1', name: 'Director', holders: [{ userId: 'a', name: 'Wang Qiang' }] },
    { id: 'p2', name: 'VP', holders: [] },
  ] as unknown as PositionDto[];

  it('lists the holders of a position and marks a vacant one', () => {
    expect(approverToday({ kind: 'Position', positionId: 'p1' }, positions, () => '')).toEqual({ names: ['Wang Qiang'], vacant: false });
    expect(approverToday({ kind: 'Position', positionId: 'p2' }, positions, () => '')).toEqual({ names: [], vacant: true });
  });
});
