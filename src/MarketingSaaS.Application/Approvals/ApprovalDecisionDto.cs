namespace MarketingSaaS.Approvals;

public sealed record ApprovalDecisionDto(int Sequence, Guid UserId, string UserName, ApprovalDecisionType Type, string? Comment, int? StageIndex, decimal Amount, string Currency, DateTimeOffset Time);
