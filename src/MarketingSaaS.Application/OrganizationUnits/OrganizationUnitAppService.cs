using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.OrgCharts;
using MarketingSaaS.Positions;
using MarketingSaaS.Settings;

namespace MarketingSaaS.OrganizationUnits;

public sealed class OrganizationUnitAppService(
    IOrganizationUnitRepository units,
    IPositionRepository positions,
    OrganizationUnitManager manager,
    OrgChartImporter importer,
    ISettingProvider settings,
    IUnitOfWork unitOfWork) : IOrganizationUnitAppService
{
    public async Task<IReadOnlyList<OrganizationUnitDto>> GetTreeAsync(CancellationToken cancellationToken = default) =>
        [.. (await units.GetListAsync(_ => true, cancellationToken)).OrderBy(u => u.Code, StringComparer.Ordinal).Select(ToDto)];

    public async Task<OrganizationUnitDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        ToDto(await units.GetAsync(id, cancellationToken));

    public async Task<OrganizationUnitDto> CreateAsync(CreateOrganizationUnitDto input, CancellationToken cancellationToken = default)
    {
        var unit = await manager.CreateAsync(input.DisplayName, input.ParentId, input.Kind, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(unit);
    }

    public async Task<OrganizationUnitDto> UpdateAsync(Guid id, UpdateOrganizationUnitDto input, CancellationToken cancellationToken = default)
    {
        var unit = await units.GetAsync(id, cancellationToken);
        if (input.HeadPositionId is { } headId && !await positions.AnyAsync(p => p.Id == headId, cancellationToken))
        {
            throw new BusinessException(MarketingSaaSErrorCodes.UnknownPosition, new Dictionary<string, object?> { ["id"] = headId });
        }

        await manager.RenameAsync(unit, input.DisplayName, cancellationToken);
        unit.SetKind(input.Kind);
        unit.SetHead(input.HeadPositionId);
        await units.UpdateAsync(unit, input.ConcurrencyStamp, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(unit);
    }

    public async Task<OrganizationUnitDto> MoveAsync(Guid id, MoveOrganizationUnitDto input, CancellationToken cancellationToken = default)
    {
        var unit = await units.GetAsync(id, cancellationToken);
        await manager.MoveAsync(unit, input.NewParentId, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(unit);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var unit = await units.GetAsync(id, cancellationToken);
        await manager.DeleteAsync(unit, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    public async Task<ImportOrgChartResultDto> ImportDefaultAsync(ImportOrgChartDto input, CancellationToken cancellationToken = default)
    {
        var culture = await settings.GetOrNullAsync(MarketingSaaSSettings.Culture, cancellationToken);
        var (unitCount, positionCount) = await importer.ImportAsync(input.Template.Trim().ToLowerInvariant(), chinese: culture != "en", cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new ImportOrgChartResultDto(unitCount, positionCount);
    }

    private static OrganizationUnitDto ToDto(OrganizationUnit unit) =>
        new(unit.Id, unit.ParentId, unit.Code, unit.DisplayName, unit.Kind, unit.HeadPositionId, unit.ConcurrencyStamp);
}
