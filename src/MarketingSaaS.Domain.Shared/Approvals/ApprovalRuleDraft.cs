namespace MarketingSaaS.Approvals;

/// <summary>A rule as an administrator writes it, before it is checked and stored.</summary>
public sealed record ApprovalRuleDraft(
    string Name,
    decimal? MinAmount,
    bool MinInclusive,
    decimal? MaxAmount,
    bool MaxInclusive,
    string Currency,
    RiskTier? RiskTier,
    bool? IsSpecial,
    Guid? RequesterUnitId,
    IReadOnlyList<ApprovalStageSpec> Stages);
