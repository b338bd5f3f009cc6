using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.ProcessTemplates;

/// <summary>One step of a template version. Steps sharing a parallel group number run at the same time.</summary>
public sealed class ProcessStepDefinition : Entity<Guid>, IMultiTenant
{
    private ProcessStepDefinition() { }

    internal ProcessStepDefinition(Guid id, Guid versionId, int order, ProcessStepDraft draft) : base(id)
    {
        VersionId = versionId;
        Order = order;
        Name = draft.Name.Trim();
        ResponsiblePositionIds = [.. draft.ResponsiblePositionIds.Distinct()];
        // Fresh copies: each owned deliverable belongs to exactly one step.
        Deliverables = [.. draft.Deliverables.Select(d => new DeliverableDefinition
        {
            Name = d.Name.Trim(),
            IsRequired = d.IsRequired,
            DocumentTemplateName = string.IsNullOrWhiteSpace(d.DocumentTemplateName) ? null : d.DocumentTemplateName.Trim(),
        })];
        PlannedDays = draft.PlannedDays;
        EndsWithApproval = draft.EndsWithApproval;
        ParallelGroup = draft.ParallelGroup;
    }

    public Guid TenantId { get; private set; }

    public Guid VersionId { get; private set; }

    public int Order { get; private set; }

    public string Name { get; private set; } = "";

    public List<Guid> ResponsiblePositionIds { get; private set; } = [];

    public List<DeliverableDefinition> Deliverables { get; private set; } = [];

    /// <summary>Planned duration in working days.</summary>
    public int PlannedDays { get; private set; }

    public bool EndsWithApproval { get; private set; }

    public int ParallelGroup { get; private set; }

    internal ProcessStepDraft ToDraft() => new(Name, ResponsiblePositionIds, Deliverables, PlannedDays, EndsWithApproval, ParallelGroup);
}
