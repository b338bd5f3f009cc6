using System.Globalization;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.TextTemplating;
using MarketingSaaS.Identity;
using MarketingSaaS.Processes;

namespace MarketingSaaS.TextTemplates;

public sealed class DeliverableSkeletonAppService(
    IProcessInstanceRepository instances,
    TemplateDefinitionManager definitions,
    ITemplateRenderer renderer,
    IUserLookup users) : IDeliverableSkeletonAppService
{
    public async Task<DeliverableSkeletonDto> RenderAsync(Guid instanceId, Guid stepId, Guid deliverableId, CancellationToken cancellationToken = default)
    {
        var instance = await instances.FindWithStepsAsync(instanceId, cancellationToken) ?? throw new EntityNotFoundException(typeof(ProcessInstance), instanceId);
        var step = instance.Steps.FirstOrDefault(s => s.Id == stepId) ?? throw new EntityNotFoundException(typeof(ProcessStep), stepId);
        var deliverable = step.Deliverables.FirstOrDefault(d => d.Id == deliverableId) ?? throw new EntityNotFoundException(typeof(Deliverable), deliverableId);
        var templateName = deliverable.DocumentTemplateName
            ?? throw new BusinessException(TextTemplateErrorCodes.NoDocumentTemplate, new Dictionary<string, object?> { ["name"] = deliverable.Name });
        if (definitions.GetOrNull(templateName) is not { IsDocument: true })
        {
            throw new BusinessException(TextTemplateErrorCodes.TemplateNotADocument, new Dictionary<string, object?> { ["name"] = templateName });
        }

        var names = await users.GetNamesAsync(step.AssigneeUserIds, cancellationToken);
        var model = new DeliverableSkeletonModel(
            deliverable.Name, instance.Name, instance.TemplateCode, step.Name,
            step.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), step.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            string.Join(", ", step.AssigneeUserIds.Select(id => names.GetValueOrDefault(id)).OfType<string>()));
        var content = await renderer.RenderAsync(templateName, model, cancellationToken: cancellationToken);
        return new DeliverableSkeletonDto(FileNameOf(deliverable.Name), content);
    }

    private static string FileNameOf(string deliverableName)
    {
        var name = new string([.. deliverableName.Trim('《', '》', ' ').Where(c => !Path.GetInvalidFileNameChars().Contains(c) && c is not ('《' or '》'))]);
        return (name.Length == 0 ? "deliverable" : name) + ".md";
    }
}
