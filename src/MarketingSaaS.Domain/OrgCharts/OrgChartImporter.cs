using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.OrganizationUnits;
using MarketingSaaS.Positions;

namespace MarketingSaaS.OrgCharts;

/// <summary>Onboarding: fills an empty org chart from a default template, in the company's language.</summary>
public sealed class OrgChartImporter(
    IOrganizationUnitRepository units,
    OrganizationUnitManager unitManager,
    PositionManager positionManager,
    IUnitOfWork unitOfWork)
{
    public async Task<(int Units, int Positions)> ImportAsync(string templateName, bool chinese, CancellationToken cancellationToken = default)
    {
        var template = DefaultOrgChartTemplates.Find(templateName)
            ?? throw new FieldValidationException("template", "Framework:InvalidFormat");
        if (await units.AnyAsync(_ => true, cancellationToken))
        {
            throw new BusinessException(MarketingSaaSErrorCodes.OrgChartNotEmpty);
        }

        var createdUnits = new Dictionary<string, OrganizationUnit>();
        foreach (var unit in template.Units)
        {
            var parentId = unit.ParentKey is null ? (Guid?)null : createdUnits[unit.ParentKey].Id;
            createdUnits[unit.Key] = await unitManager.CreateAsync(chinese ? unit.NameZh : unit.NameEn, parentId, unit.Kind, cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        var createdPositions = new Dictionary<string, Position>();
        foreach (var position in template.Positions)
        {
            var created = await positionManager.CreateAsync(chinese ? position.NameZh : position.NameEn, chinese ? position.DutiesZh : position.DutiesEn, cancellationToken);
            await positionManager.SetUnitsAsync(created, [createdUnits[position.UnitKey].Id], cancellationToken);
            if (position.IsHead)
            {
                createdUnits[position.UnitKey].SetHead(created.Id);
            }

            createdPositions[position.Key] = created;
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);

        foreach (var position in template.Positions.Where(p => p.CollaboratorKeys.Length > 0))
        {
            createdPositions[position.Key].SetCollaboratorsUnchecked(position.CollaboratorKeys.Select(k => createdPositions[k].Id));
        }

        return (createdUnits.Count, createdPositions.Count);
    }
}
