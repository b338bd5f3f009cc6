namespace MarketingSaaS.Approvals;

/// <summary>Durations in hours; StageIndex null is the whole request.</summary>
public sealed record ApprovalCycleTimeDto(Guid PolicyId, string PolicyName, int? StageIndex, int Count, double AverageHours, double P90Hours);
