namespace MarketingSaaS.Approvals;

/// <summary>How long a stage of a policy took to be decided (StageIndex null: whole requests, submission to end).</summary>
public sealed record ApprovalCycleTime(Guid PolicyId, int? StageIndex, int Count, TimeSpan Average, TimeSpan P90);
