import { ApprovalBusinessType } from '../../api/models/approval-business-type';
import { RiskTier } from '../../api/models/risk-tier';

export const businessTypes: readonly ApprovalBusinessType[] = ['Event', 'ResearchPlan', 'PromotionMaterial', 'Expense', 'BudgetChange', 'ProcessStep'];

export const riskTiers: readonly Exclude<RiskTier, null>[] = ['Tactical', 'Campaign', 'Strategic'];
