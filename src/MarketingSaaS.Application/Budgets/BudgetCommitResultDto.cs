namespace MarketingSaaS.Budgets;

/// <summary>NeedsExtraApproval: over budget under the ExtraApproval policy.</summary>
public sealed record BudgetCommitResultDto(BudgetCommitmentDto Commitment, BudgetWarningLevel WarningLevel, bool NeedsExtraApproval);
