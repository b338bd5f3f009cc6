using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.ProcessTemplates;

/// <summary>A step in input and output; the list order is the step order.</summary>
public sealed class ProcessStepDefinitionDto
{
    [Required, StringLength(ProcessTemplateConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    [MaxLength(ProcessTemplateConsts.MaxResponsiblePositions)]
    public List<Guid> ResponsiblePositionIds { get; set; } = [];

    [MaxLength(ProcessTemplateConsts.MaxDeliverablesPerStep)]
    public List<DeliverableDefinitionDto> Deliverables { get; set; } = [];

    [Range(ProcessTemplateConsts.MinPlannedDays, ProcessTemplateConsts.MaxPlannedDays)]
    public int PlannedDays { get; set; }

    public bool EndsWithApproval { get; set; }

    /// <summary>Steps with the same number run in parallel; 0 (or omitted) gives the step a group of its own.</summary>
    [Range(0, ProcessTemplateConsts.MaxParallelGroup)]
    public int ParallelGroup { get; set; }
}
