namespace MarketingSaaS.Approvals;

/// <summary>A default policy a provider contributes: its business type, name and rules.</summary>
public sealed record DefaultApprovalPolicyDraft(string BusinessType, string Name, IReadOnlyList<ApprovalRuleDraft> Rules);
