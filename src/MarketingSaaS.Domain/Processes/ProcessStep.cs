using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.ProcessTemplates;

namespace MarketingSaaS.Processes;

/// <summary>A step of a running process, created from a step definition of the instance's template version.</summary>
public sealed class ProcessStep : Entity<Guid>, IMultiTenant
{
    private readonly List<Deliverable> _deliverables = [];

    private ProcessStep() { }

    internal ProcessStep(Guid id, Guid instanceId, ProcessStepDefinition definition, IEnumerable<Guid> assigneeUserIds, DateOnly startDate, DateOnly dueDate) : base(id)
    {
        InstanceId = instanceId;
        DefinitionId = definition.Id;
        Order = definition.Order;
        Name = definition.Name;
        ParallelGroup = definition.ParallelGroup;
        EndsWithApproval = definition.EndsWithApproval;
        AssigneeUserIds = [.. assigneeUserIds.Distinct()];
        StartDate = startDate;
        DueDate = dueDate;
        foreach (var deliverable in definition.Deliverables)
        {
            _deliverables.Add(new Deliverable(SequentialGuid.Create(), Id, _deliverables.Count + 1, deliverable.Name, deliverable.IsRequired, deliverable.DocumentTemplateName));
        }
    }

    public Guid TenantId { get; private set; }

    public Guid InstanceId { get; private set; }

    public Guid DefinitionId { get; private set; }

    public int Order { get; private set; }

    public string Name { get; private set; } = "";

    public int ParallelGroup { get; private set; }

    public bool EndsWithApproval { get; private set; }

    public List<Guid> AssigneeUserIds { get; private set; } = [];

    public DateOnly StartDate { get; private set; }

    public DateOnly DueDate { get; private set; }

    public DateTimeOffset? CompletedTime { get; private set; }

    public Guid? CompletedByUserId { get; private set; }

    public bool IsCompleted => CompletedTime is not null;

    /// <summary>The approval request submitted when the step was completed, while it waits for approval.</summary>
    public Guid? ApprovalRequestId { get; private set; }

    public bool IsAwaitingApproval => !IsCompleted && ApprovalRequestId is not null;

    public IReadOnlyList<Deliverable> Deliverables => _deliverables;

    /// <summary>When the assignees were told that the step is overdue (once per step).</summary>
    public DateTimeOffset? OverdueNotifiedAt { get; private set; }

    /// <summary>
    /// Past its due date and still with its assignees. A step waiting for its approval request is not overdue: its work is
    /// handed in, and the wait is the approvers' (reminded and escalated by the approval SLA). It counts again once the
    /// request is rejected, returned or withdrawn.
    /// </summary>
    public bool IsOverdue(DateOnly today) => !IsCompleted && !IsAwaitingApproval && DueDate < today;

    internal void MarkOverdueNotified(DateTimeOffset now) => OverdueNotifiedAt = now;

    internal void AwaitApproval(Guid requestId) => ApprovalRequestId = requestId;

    internal void Reopen() => ApprovalRequestId = null;

    /// <summary>The new holder takes the replaced holder's place, or becomes the only holder when that one is not a holder.</summary>
    internal void Reassign(Guid replacedUserId, Guid newUserId) =>
        AssigneeUserIds = AssigneeUserIds.Contains(replacedUserId)
            ? [.. AssigneeUserIds.Select(id => id == replacedUserId ? newUserId : id)]
            : [newUserId];

    internal void Complete(Guid userId, DateTimeOffset now)
    {
        CompletedTime = now;
        CompletedByUserId = userId;
    }
}
