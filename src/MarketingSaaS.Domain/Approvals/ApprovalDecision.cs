using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Approvals;

/// <summary>One line of a request's append-only decision log; never updated or deleted.</summary>
public sealed class ApprovalDecision : Entity<Guid>, IMultiTenant
{
    private ApprovalDecision() { }

    internal ApprovalDecision(Guid id, ApprovalRequest request, Guid userId, ApprovalDecisionType type, string? comment, int? stageIndex, DateTimeOffset time)
        : this(id, request, userId, type, comment, stageIndex, time, null)
    {
    }

    internal ApprovalDecision(
        Guid id, ApprovalRequest request, Guid userId, ApprovalDecisionType type, string? comment, int? stageIndex, DateTimeOffset time, Guid? onBehalfOfUserId)
        : base(id)
    {
        OnBehalfOfUserId = onBehalfOfUserId;
        RequestId = request.Id;
        Sequence = request.NextLogSequence();
        UserId = userId;
        Type = type;
        Comment = comment;
        StageIndex = stageIndex;
        Amount = request.Amount;
        Currency = request.Currency;
        Time = time;
    }

    public Guid TenantId { get; private set; }

    public Guid RequestId { get; private set; }

    /// <summary>The line's position in its request's log (1, 2, ...).</summary>
    public int Sequence { get; private set; }

    /// <summary>Who took the decision (a delegate, when <see cref="OnBehalfOfUserId"/> is set).</summary>
    public Guid UserId { get; private set; }

    /// <summary>The approver whose slot a delegate decided; null when people decide for themselves.</summary>
    public Guid? OnBehalfOfUserId { get; private set; }

    public ApprovalDecisionType Type { get; private set; }

    public string? Comment { get; private set; }

    /// <summary>The stage decided (0-based); null for the requester's submissions and withdrawals.</summary>
    public int? StageIndex { get; private set; }

    /// <summary>The request's amount when the decision was taken.</summary>
    public decimal Amount { get; private set; }

    public string Currency { get; private set; } = "";

    /// <summary>For <see cref="ApprovalDecisionType.AmountChanged"/>: the amount before the change.</summary>
    public decimal? PreviousAmount { get; private set; }

    /// <summary>For <see cref="ApprovalDecisionType.ApprovedAutomatically"/>: the sequence of the person's earlier approval.</summary>
    public int? RelatedSequence { get; private set; }

    /// <summary>For a <see cref="ApprovalDecisionType.Returned"/> line: the earlier stage the request went back to; null when it went back to the requester.</summary>
    public int? ReturnedToStageIndex { get; private set; }

    public DateTimeOffset Time { get; private set; }

    /// <summary>
    /// The version of the subject the line was written against (<see cref="ApprovalSubjectVersions"/>): the owning module's
    /// version of its item, else a content hash of the request and its attachments. Null on Escalated and Reassigned lines.
    /// </summary>
    public string? SubjectVersion { get; private set; }

    /// <summary>For <see cref="ApprovalDecisionType.Reassigned"/>: the former holder whose slot moved.</summary>
    public Guid? ReassignedFromUserId { get; private set; }

    /// <summary>For <see cref="ApprovalDecisionType.Reassigned"/>: the new holder who has the slot now.</summary>
    public Guid? ReassignedToUserId { get; private set; }

    internal ApprovalDecision WithSubjectVersion(string? version)
    {
        SubjectVersion = version;
        return this;
    }

    internal static ApprovalDecision AmountChanged(ApprovalRequest request, Guid userId, decimal previousAmount, string? comment, DateTimeOffset time) =>
        new(SequentialGuid.Create(), request, userId, ApprovalDecisionType.AmountChanged, comment, null, time) { PreviousAmount = previousAmount };

    internal static ApprovalDecision ReturnedToStage(
        ApprovalRequest request, Guid userId, int stageIndex, int targetStageIndex, string comment, DateTimeOffset time, Guid? onBehalfOfUserId) =>
        new(SequentialGuid.Create(), request, userId, ApprovalDecisionType.Returned, comment, stageIndex, time, onBehalfOfUserId) { ReturnedToStageIndex = targetStageIndex };

    /// <summary>A slot of a position moved from its former holder to the new one; <paramref name="userId"/> changed the holders.</summary>
    internal static ApprovalDecision Reassigned(ApprovalRequest request, Guid userId, int stageIndex, Guid fromUserId, Guid toUserId, DateTimeOffset time) =>
        new(SequentialGuid.Create(), request, userId, ApprovalDecisionType.Reassigned, null, stageIndex, time)
        {
            ReassignedFromUserId = fromUserId,
            ReassignedToUserId = toUserId,
        };

    internal static ApprovalDecision Automatic(ApprovalRequest request, Guid userId, int stageIndex, int? earlierSequence, DateTimeOffset time) =>
        new(SequentialGuid.Create(), request, userId, ApprovalDecisionType.ApprovedAutomatically, null, stageIndex, time) { RelatedSequence = earlierSequence };
}
