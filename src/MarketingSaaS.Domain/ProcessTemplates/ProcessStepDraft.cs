namespace MarketingSaaS.ProcessTemplates;

/// <summary>The wanted content of one step definition, checked by <see cref="ProcessTemplateManager"/>.</summary>
public sealed record ProcessStepDraft(
    string Name,
    IReadOnlyList<Guid> ResponsiblePositionIds,
    IReadOnlyList<DeliverableDefinition> Deliverables,
    int PlannedDays,
    bool EndsWithApproval,
    int ParallelGroup);
