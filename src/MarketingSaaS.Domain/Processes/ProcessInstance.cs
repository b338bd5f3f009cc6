using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Processes;

/// <summary>
/// A running process (流程实例) bound forever to the template version it was started from. Steps of a
/// parallel group complete in any order; a later group waits until every earlier group is complete.
/// </summary>
public sealed class ProcessInstance : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private readonly List<ProcessStep> _steps = [];

    private ProcessInstance() { }

    internal ProcessInstance(Guid id, Guid templateId, Guid templateVersionId, int templateVersionNumber, string templateCode, string name, DateOnly startDate) : base(id)
    {
        TemplateId = templateId;
        TemplateVersionId = templateVersionId;
        TemplateVersionNumber = templateVersionNumber;
        TemplateCode = templateCode;
        Name = name;
        StartDate = startDate;
    }

    public Guid TenantId { get; private set; }

    public Guid TemplateId { get; private set; }

    public Guid TemplateVersionId { get; private set; }

    public int TemplateVersionNumber { get; private set; }

    public string TemplateCode { get; private set; } = "";

    public string Name { get; private set; } = "";

    public DateOnly StartDate { get; private set; }

    public DateTimeOffset? CompletedTime { get; private set; }

    public IReadOnlyList<ProcessStep> Steps => _steps;

    internal void AddStep(ProcessStep step) => _steps.Add(step);

    public void ProvideDeliverable(Guid stepId, Guid deliverableId, string? note, string? link, Guid userId, DateTimeOffset now)
    {
        var step = GetStep(stepId);
        EnsureAssignee(step, userId);
        if (step.IsCompleted)
        {
            throw new BusinessException(ProcessErrorCodes.StepAlreadyCompleted, new Dictionary<string, object?> { ["step"] = step.Name });
        }

        var deliverable = step.Deliverables.FirstOrDefault(d => d.Id == deliverableId)
            ?? throw new EntityNotFoundException(typeof(Deliverable), deliverableId);
        deliverable.Provide(note, link, userId, now);
    }

    /// <summary>Files of a deliverable are added or removed only by an assignee of its step while the step is open.</summary>
    public Deliverable GetDeliverableForChange(Guid stepId, Guid deliverableId, Guid userId)
    {
        var step = GetStep(stepId);
        EnsureAssignee(step, userId);
        if (step.IsCompleted)
        {
            throw new BusinessException(ProcessErrorCodes.StepAlreadyCompleted, new Dictionary<string, object?> { ["step"] = step.Name });
        }

        return step.Deliverables.FirstOrDefault(d => d.Id == deliverableId)
            ?? throw new EntityNotFoundException(typeof(Deliverable), deliverableId);
    }

    public Deliverable GetDeliverable(Guid stepId, Guid deliverableId) =>
        GetStep(stepId).Deliverables.FirstOrDefault(d => d.Id == deliverableId)
        ?? throw new EntityNotFoundException(typeof(Deliverable), deliverableId);

    public void AttachDeliverableFile(Guid stepId, Guid deliverableId, Guid fileId, Guid userId, DateTimeOffset now) =>
        GetDeliverableForChange(stepId, deliverableId, userId).AttachFile(fileId, userId, now);

    public void DetachDeliverableFile(Guid stepId, Guid deliverableId, Guid? latestRemainingFileId, Guid userId) =>
        GetDeliverableForChange(stepId, deliverableId, userId).DetachFile(latestRemainingFileId);

    public void CompleteStep(Guid stepId, Guid userId, DateTimeOffset now)
    {
        var step = CheckCompletable(stepId, userId);
        if (step.EndsWithApproval)
        {
            throw new BusinessException(ProcessErrorCodes.StepNeedsApproval, new Dictionary<string, object?> { ["step"] = step.Name });
        }

        Complete(step, userId, now);
    }

    /// <summary>The checks of completing a step by <paramref name="userId"/>; returns the step.</summary>
    public ProcessStep CheckCompletable(Guid stepId, Guid userId)
    {
        var step = GetStep(stepId);
        EnsureAssignee(step, userId);
        if (step.IsAwaitingApproval)
        {
            throw new BusinessException(ProcessErrorCodes.StepAwaitingApproval, new Dictionary<string, object?> { ["step"] = step.Name });
        }

        if (step.IsCompleted)
        {
            throw new BusinessException(ProcessErrorCodes.StepAlreadyCompleted, new Dictionary<string, object?> { ["step"] = step.Name });
        }

        if (_steps.Any(s => s.ParallelGroup < step.ParallelGroup && !s.IsCompleted))
        {
            throw new BusinessException(ProcessErrorCodes.EarlierStepsOpen, new Dictionary<string, object?> { ["step"] = step.Name });
        }

        var missing = step.Deliverables.Where(d => d.IsRequired && !d.IsProvided).Select(d => d.Name).ToList();
        if (missing.Count > 0)
        {
            throw new BusinessException(ProcessErrorCodes.RequiredDeliverablesMissing, new Dictionary<string, object?> { ["deliverables"] = string.Join(", ", missing) });
        }

        return step;
    }

    /// <summary>
    /// Hands an open step over to <paramref name="newUserId"/>: an assignee hands over their own part; a process manager
    /// (<paramref name="canManage"/>) who is not an assignee replaces every assignee. Returns the step.
    /// </summary>
    public ProcessStep ReassignStep(Guid stepId, Guid actingUserId, Guid newUserId, bool canManage)
    {
        var step = GetStep(stepId);
        if (!canManage)
        {
            EnsureAssignee(step, actingUserId);
        }

        if (step.IsCompleted)
        {
            throw new BusinessException(ProcessErrorCodes.StepAlreadyCompleted, new Dictionary<string, object?> { ["step"] = step.Name });
        }

        if (step.IsAwaitingApproval)
        {
            throw new BusinessException(ProcessErrorCodes.StepAwaitingApproval, new Dictionary<string, object?> { ["step"] = step.Name });
        }

        if (step.AssigneeUserIds.Contains(newUserId))
        {
            throw new BusinessException(ProcessErrorCodes.AlreadyStepAssignee, new Dictionary<string, object?> { ["step"] = step.Name });
        }

        step.Reassign(actingUserId, newUserId);
        return step;
    }

    /// <summary>
    /// A step that ends with an approval waits for its request instead of completing. Also called when a returned request
    /// of the step is resubmitted: refused when the step is completed meanwhile.
    /// </summary>
    public void SubmitStepForApproval(Guid stepId, Guid requestId)
    {
        var step = GetStep(stepId);
        if (step.IsCompleted)
        {
            throw new BusinessException(ProcessErrorCodes.StepAlreadyCompleted, new Dictionary<string, object?> { ["step"] = step.Name });
        }

        step.AwaitApproval(requestId);
    }

    /// <summary>The step's request was approved: the step completes. Returns the step, or null when it was not waiting for that request.</summary>
    public ProcessStep? CompleteApprovedStep(Guid stepId, Guid requestId, Guid approvedByUserId, DateTimeOffset now)
    {
        var step = GetStep(stepId);
        if (!step.IsAwaitingApproval || step.ApprovalRequestId != requestId)
        {
            return null;
        }

        Complete(step, approvedByUserId, now);
        return step;
    }

    /// <summary>The step's request was rejected, withdrawn or returned: the step is in progress again.</summary>
    public void ReopenStep(Guid stepId, Guid requestId)
    {
        var step = GetStep(stepId);
        if (step.IsAwaitingApproval && step.ApprovalRequestId == requestId)
        {
            step.Reopen();
        }
    }

    /// <summary>
    /// The open steps that completing <paramref name="completedStepId"/> made workable: the next group's, once every step of
    /// the completed step's group is complete; none while a step of that group is still open.
    /// </summary>
    public IReadOnlyList<ProcessStep> StepsReadyAfter(Guid completedStepId)
    {
        var completed = GetStep(completedStepId);
        if (!completed.IsCompleted || _steps.Any(s => s.ParallelGroup <= completed.ParallelGroup && !s.IsCompleted))
        {
            return [];
        }

        var later = _steps.Where(s => s.ParallelGroup > completed.ParallelGroup).ToList();
        if (later.Count == 0)
        {
            return [];
        }

        var nextGroup = later.Min(s => s.ParallelGroup);
        return [.. later.Where(s => s.ParallelGroup == nextGroup && !s.IsCompleted)];
    }

    private void Complete(ProcessStep step, Guid userId, DateTimeOffset now)
    {
        step.Complete(userId, now);
        if (_steps.All(s => s.IsCompleted))
        {
            CompletedTime = now;
        }
    }

    private ProcessStep GetStep(Guid stepId) =>
        _steps.FirstOrDefault(s => s.Id == stepId) ?? throw new EntityNotFoundException(typeof(ProcessStep), stepId);

    /// <summary>Steps nobody holds the responsible posts for can be completed by anyone who may run processes.</summary>
    private static void EnsureAssignee(ProcessStep step, Guid userId)
    {
        if (step.AssigneeUserIds.Count > 0 && !step.AssigneeUserIds.Contains(userId))
        {
            throw new BusinessException(ProcessErrorCodes.NotStepAssignee, new Dictionary<string, object?> { ["step"] = step.Name }, 403);
        }
    }
}
