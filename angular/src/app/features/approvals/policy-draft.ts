import { ApprovalPolicyDto } from '../../api/models/approval-policy-dto';
import { ApprovalRuleDto } from '../../api/models/approval-rule-dto';
import { ApprovalStageDto } from '../../api/models/approval-stage-dto';
import { ApproverDto } from '../../api/models/approver-dto';
import { UpdateApprovalPolicyDto } from '../../api/models/update-approval-policy-dto';

/** An editable deep copy of a policy: edits never touch the loaded one until saved. */
export function toDraft(policy: ApprovalPolicyDto): UpdateApprovalPolicyDto {
  return structuredClone({ name: policy.name, rules: policy.rules, concurrencyStamp: policy.concurrencyStamp });
}

export function newApprover(): ApproverDto {
  return { kind: 'RequesterUnitHead', positionId: null, userId: null };
}

export function newStage(): ApprovalStageDto {
  return { mode: 'Any', approvers: [newApprover()] };
}

export function newRule(order: number, currency: string): ApprovalRuleDto {
  return { name: '', order, minAmount: null, minInclusive: true, maxAmount: null, maxInclusive: false, currency, riskTier: null, isSpecial: null, requesterUnitId: null, stages: [newStage()] };
}

/**
 * What the API gets: rules numbered in their shown order, empty amount bounds as open (null), amounts as
 * numbers, and only the id that the approver's kind uses.
 */
export function toUpdateDto(draft: UpdateApprovalPolicyDto): UpdateApprovalPolicyDto {
  return {
    name: draft.name.trim(),
    concurrencyStamp: draft.concurrencyStamp,
    rules: (draft.rules ?? []).map((rule, index) => ({
      ...rule,
      name: rule.name.trim(),
      order: index + 1,
      minAmount: toAmount(rule.minAmount),
      maxAmount: toAmount(rule.maxAmount),
      currency: rule.currency.trim().toUpperCase(),
      stages: rule.stages.map((stage) => ({
        mode: stage.mode ?? 'Any',
        approvers: stage.approvers.map((a) => ({
          kind: a.kind,
          positionId: a.kind === 'Position' ? (a.positionId ?? null) : null,
          userId: a.kind === 'User' ? (a.userId ?? null) : null,
        })),
      })),
    })),
  };
}

export function toAmount(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const amount = typeof value === 'number' ? value : Number(String(value).replace(/[,\s]/g, ''));
  return Number.isFinite(amount) ? amount : null;
}
