using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.OrganizationUnits;
using MarketingSaaS.Positions;

namespace MarketingSaaS.ProcessTemplates;

/// <summary>Templates with codes unique in the company, and units and positions that exist in it.</summary>
public sealed class ProcessTemplateManager(
    IProcessTemplateRepository templates,
    IOrganizationUnitRepository units,
    IPositionRepository positions,
    TimeProvider clock)
{
    public async Task<ProcessTemplate> CreateAsync(string code, string name, Guid? organizationUnitId, string? category, IReadOnlyList<ProcessStepDraft> steps, CancellationToken cancellationToken = default)
    {
        code = code.Trim().ToUpperInvariant();
        if (await templates.CodeExistsAsync(code, cancellationToken))
        {
            throw new BusinessException(ProcessErrorCodes.TemplateCodeTaken, new Dictionary<string, object?> { ["code"] = code });
        }

        var template = new ProcessTemplate(SequentialGuid.Create(), code, name.Trim());
        await UpdateDraftAsync(template, name, organizationUnitId, category, steps, cancellationToken);
        await templates.InsertAsync(template, cancellationToken);
        return template;
    }

    /// <summary>Edits the draft version, first copying the latest version into a new draft when there is none.</summary>
    public async Task UpdateDraftAsync(ProcessTemplate template, string name, Guid? organizationUnitId, string? category, IReadOnlyList<ProcessStepDraft> steps, CancellationToken cancellationToken = default)
    {
        if (organizationUnitId is { } unitId && !await units.AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            throw new BusinessException(MarketingSaaSErrorCodes.UnknownOrganizationUnit, new Dictionary<string, object?> { ["id"] = unitId });
        }

        var positionIds = steps.SelectMany(s => s.ResponsiblePositionIds).Distinct().ToList();
        var known = positionIds.Count == 0 ? [] : (await positions.GetListAsync(p => positionIds.Contains(p.Id), cancellationToken)).Select(p => p.Id).ToHashSet();
        foreach (var unknown in positionIds.Where(id => !known.Contains(id)))
        {
            throw new BusinessException(MarketingSaaSErrorCodes.UnknownPosition, new Dictionary<string, object?> { ["id"] = unknown });
        }

        template.SetDetails(name, organizationUnitId, category);
        template.SetDraftSteps(steps);
    }

    public ProcessTemplateVersion Publish(ProcessTemplate template) => template.Publish(clock.GetUtcNow());
}
