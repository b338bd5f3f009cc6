namespace MarketingSaaS.Approvals;

/// <summary>
/// How a request ended (Approved, Rejected, Returned or Withdrawn), as told to the module that owns the subject; or, with
/// <see cref="Reopened"/>, that an approved request is pending again because its amount changed (Status is then
/// Pending: undo what the approval did, e.g. release committed budget, and wait for the new outcome).
/// </summary>
public sealed record ApprovalOutcome(
    Guid RequestId,
    string BusinessType,
    string SubjectModule,
    string SubjectId,
    ApprovalRequestStatus Status,
    decimal Amount,
    string Currency,
    Guid DecidedByUserId,
    string? Comment,
    DateTimeOffset Time,
    bool Reopened = false);
