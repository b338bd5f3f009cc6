namespace MarketingSaaS.Processes;

public sealed record ProcessStepDto(
    Guid Id,
    int Order,
    string Name,
    int ParallelGroup,
    bool EndsWithApproval,
    IReadOnlyList<Guid> AssigneeUserIds,
    DateOnly StartDate,
    DateOnly DueDate,
    bool IsCompleted,
    DateTimeOffset? CompletedTime,
    Guid? CompletedByUserId,
    bool IsOverdue,
    IReadOnlyList<DeliverableDto> Deliverables,
    Guid? ApprovalRequestId,
    bool IsAwaitingApproval);
