namespace MarketingSaaS.Budgets;

/// <summary>The new commitment; <see cref="NeedsExtraApproval"/> when it goes over budget under the ExtraApproval policy.</summary>
public sealed record BudgetCommitResult(BudgetCommitment Commitment, BudgetWarningLevel Level, bool NeedsExtraApproval);
