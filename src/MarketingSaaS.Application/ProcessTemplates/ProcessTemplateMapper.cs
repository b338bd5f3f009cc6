namespace MarketingSaaS.ProcessTemplates;

internal static class ProcessTemplateMapper
{
    public static ProcessTemplateDto ToDto(ProcessTemplate template, bool withVersions = true) => new(
        template.Id,
        template.Code,
        template.Name,
        template.OrganizationUnitId,
        template.Category,
        template.LatestPublishedVersion?.Number,
        template.Draft?.Number,
        withVersions ? [.. template.Versions.OrderByDescending(v => v.Number).Select(ToDto)] : [],
        template.ConcurrencyStamp);

    public static ProcessTemplateVersionDto ToDto(ProcessTemplateVersion version) =>
        new(version.Id, version.Number, version.State, version.PublishedTime, [.. version.Steps.OrderBy(s => s.Order).Select(ToDto)]);

    public static ProcessStepDefinitionDto ToDto(ProcessStepDefinition step) => new()
    {
        Name = step.Name,
        ResponsiblePositionIds = [.. step.ResponsiblePositionIds],
        Deliverables = [.. step.Deliverables.Select(d => new DeliverableDefinitionDto { Name = d.Name, IsRequired = d.IsRequired, DocumentTemplateName = d.DocumentTemplateName })],
        PlannedDays = step.PlannedDays,
        EndsWithApproval = step.EndsWithApproval,
        ParallelGroup = step.ParallelGroup,
    };

    public static List<ProcessStepDraft> ToDrafts(List<ProcessStepDefinitionDto> steps) =>
        [.. steps.Select((s, index) => new ProcessStepDraft(
            s.Name,
            s.ResponsiblePositionIds,
            [.. s.Deliverables.Select(d => new DeliverableDefinition { Name = d.Name, IsRequired = d.IsRequired, DocumentTemplateName = d.DocumentTemplateName })],
            s.PlannedDays,
            s.EndsWithApproval,
            s.ParallelGroup > 0 ? s.ParallelGroup : index + 1))];
}
