namespace MarketingSaaS.Approvals;

/// <summary>
/// One log line. <c>UserId</c> decided; <c>OnBehalfOfUserId</c> is the approver whose slot a delegate decided;
/// <c>PreviousAmount</c> belongs to AmountChanged lines; <c>RelatedSequence</c> is the earlier approval an automatic one repeats;
/// <c>ReturnedToStageIndex</c> is the earlier stage a Returned line sent the request back to (null: back to the requester).
/// </summary>
public sealed record ApprovalDecisionDto(
    int Sequence,
    Guid UserId,
    string UserName,
    ApprovalDecisionType Type,
    string? Comment,
    int? StageIndex,
    decimal Amount,
    string Currency,
    DateTimeOffset Time,
    Guid? OnBehalfOfUserId,
    string? OnBehalfOfUserName,
    decimal? PreviousAmount,
    int? RelatedSequence,
    int? ReturnedToStageIndex)
{
    /// <summary>The subject's version the line was written against (module version or "sha256:" content hash); null on Escalated and Reassigned lines.</summary>
    public string? SubjectVersion { get; init; }

    /// <summary>Reassigned lines: the former holder whose slot moved (<c>UserId</c> changed the position's holders).</summary>
    public Guid? ReassignedFromUserId { get; init; }

    public string? ReassignedFromUserName { get; init; }

    /// <summary>Reassigned lines: the new holder who has the slot now.</summary>
    public Guid? ReassignedToUserId { get; init; }

    public string? ReassignedToUserName { get; init; }
}
