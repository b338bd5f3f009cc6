namespace MarketingSaaS.ApprovalSla;

/// <summary>Arguments of <see cref="ApprovalSlaJob"/>: none, the job works on its tenant.</summary>
public sealed record ApprovalSlaArgs;
