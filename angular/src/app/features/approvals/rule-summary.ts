import { ApprovalRuleDto } from '../../api/models/approval-rule-dto';
import { ApproverDto } from '../../api/models/approver-dto';
import { PositionDto } from '../../api/models/position-dto';
import { toAmount } from './policy-draft';

/** A text key with its parameters; the template translates it. */
export interface TextRef {
  readonly key: string;
  readonly params?: Record<string, string | number>;
  /** Translate this parameter's value too (e.g. a tier name or a bound word). */
  readonly translateParams?: readonly string[];
}

/**
 * Every condition of a rule as a readable chip, in the order the editor shows them; a condition that is not set
 * reads "any …". Amounts are formatted with the given formatter (the page's language).
 */
export function ruleChips(rule: ApprovalRuleDto, unitName: (id: string) => string, formatAmount: (n: number) => string): TextRef[] {
  return [amountChip(rule, formatAmount), tierChip(rule), specialChip(rule), unitChip(rule, unitName)];
}

function amountChip(rule: ApprovalRuleDto, formatAmount: (n: number) => string): TextRef {
  const min = toAmount(rule.minAmount);
  const max = toAmount(rule.maxAmount);
  const minInclusive = rule.minInclusive ?? true;
  const maxInclusive = rule.maxInclusive ?? false;
  const currency = rule.currency;
  if (min === null && max === null) return { key: 'rule.anyAmount' };
  if (max === null) return { key: minInclusive ? 'rule.amountFrom' : 'rule.amountAbove', params: { min: formatAmount(min!), currency } };
  if (min === null) return { key: maxInclusive ? 'rule.amountUpTo' : 'rule.amountBelow', params: { max: formatAmount(max), currency } };
  return {
    key: 'rule.amountBetween',
    params: {
      min: formatAmount(min),
      max: formatAmount(max),
      currency,
      minBound: minInclusive ? 'rule.included' : 'rule.excluded',
      maxBound: maxInclusive ? 'rule.included' : 'rule.excluded',
    },
    translateParams: ['minBound', 'maxBound'],
  };
}

function tierChip(rule: ApprovalRuleDto): TextRef {
  return rule.riskTier ? { key: 'rule.tier', params: { tier: 'tier.' + rule.riskTier }, translateParams: ['tier'] } : { key: 'rule.anyTier' };
}

function specialChip(rule: ApprovalRuleDto): TextRef {
  if (rule.isSpecial === true) return { key: 'rule.specialOnly' };
  if (rule.isSpecial === false) return { key: 'rule.notSpecial' };
  return { key: 'rule.anySpecial' };
}

function unitChip(rule: ApprovalRuleDto, unitName: (id: string) => string): TextRef {
  return rule.requesterUnitId ? { key: 'rule.unit', params: { unit: unitName(rule.requesterUnitId) } } : { key: 'rule.anyUnit' };
}

/** Who an approver of a rule's stage is today: the holders' names of a position (none: vacant), else a description. */
export function approverToday(approver: ApproverDto, positions: readonly PositionDto[], userName: (id: string) => string): { names: string[]; vacant: boolean; key?: string } {
  switch (approver.kind) {
    case 'Position': {
      const position = positions.find((p) => p.id === approver.positionId);
      const names = position?.holders.map((h) => h.name) ?? [];
      return { names, vacant: !!position && names.length === 0 };
    }
    case 'User':
      return { names: approver.userId ? [userName(approver.userId)] : [], vacant: false };
    case 'ParentUnitHead':
      return { names: [], vacant: false, key: 'rule.parentUnitHead' };
    default:
      return { names: [], vacant: false, key: 'rule.requesterUnitHead' };
  }
}
