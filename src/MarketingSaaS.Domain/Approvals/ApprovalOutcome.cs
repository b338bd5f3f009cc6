namespace MarketingSaaS.Approvals;

/// <summary>How a request ended (Approved, Rejected or Withdrawn), as told to the module that owns the subject.</summary>
public sealed record ApprovalOutcome(
    Guid RequestId,
    ApprovalBusinessType BusinessType,
    string SubjectModule,
    string SubjectId,
    ApprovalRequestStatus Status,
    decimal Amount,
    string Currency,
    Guid DecidedByUserId,
    string? Comment,
    DateTimeOffset Time);
