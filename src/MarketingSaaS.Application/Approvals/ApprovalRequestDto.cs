namespace MarketingSaaS.Approvals;

public sealed record ApprovalRequestDto(
    Guid Id,
    string BusinessType,
    string SubjectModule,
    string SubjectId,
    string Title,
    decimal Amount,
    string Currency,
    RiskTier RiskTier,
    bool IsSpecial,
    Guid RequesterUserId,
    string RequesterName,
    Guid? RequesterUnitId,
    ApprovalRequestStatus Status,
    int CurrentStageIndex,
    string RuleName,
    DateTimeOffset SubmissionTime,
    string ConcurrencyStamp)
{
    /// <summary>The budget the request spends from; null when it names no budget category.</summary>
    public ApprovalRequestBudgetDto? Budget { get; init; }

    /// <summary>The requester holds no position in <c>RequesterUnitId</c> and filed for it with Approvals.Requests.FileForOthers.</summary>
    public bool FiledForOtherUnit { get; init; }

    /// <summary>The requester's reason or description; null when none was given.</summary>
    public string? Description { get; init; }
}
