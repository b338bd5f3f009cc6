using MarketingSaaS.OrganizationUnits;
using MarketingSaaS.Positions;

namespace MarketingSaaS.OrgCharts;

/// <summary>Applies checked rows: units by path (created when missing), positions by name (created or updated).</summary>
internal sealed class OrgChartCsvImporter(
    OrganizationUnitManager unitManager,
    PositionManager positionManager,
    IPositionRepository positions,
    Guid importedByUserId,
    Func<CancellationToken, Task> save)
{
    public static IEnumerable<string> HoldersOf(OrgChartCsvRow row) =>
        (row.Holders ?? "").Split(OrgChartCsvFormat.HolderSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public async Task<OrgChartImportResultDto> ApplyAsync(
        IReadOnlyList<OrgChartCsvRow> rows,
        Dictionary<string, OrganizationUnit> unitsByPath,
        IReadOnlyDictionary<string, Guid> usersByName,
        CancellationToken cancellationToken)
    {
        var unitsCreated = 0;
        foreach (var row in rows.Where(r => IsType(r, OrgChartCsvFormat.UnitType)))
        {
            var parentPath = OrgChartCsvFormat.Join(OrgChartCsvFormat.Split(row.UnitPath));
            var path = parentPath.Length == 0 ? row.Name.Trim() : parentPath + OrgChartCsvFormat.PathSeparator + row.Name.Trim();
            if (unitsByPath.ContainsKey(path))
            {
                continue;
            }

            var kind = Enum.TryParse<OrganizationUnitKind>(row.Kind, ignoreCase: true, out var parsed) ? parsed : OrganizationUnitKind.Department;
            unitsByPath[path] = await unitManager.CreateAsync(row.Name, parentPath.Length == 0 ? null : unitsByPath[parentPath].Id, kind, cancellationToken);
            await save(cancellationToken);
            unitsCreated++;
        }

        var (created, updated) = (0, 0);
        foreach (var group in rows.Where(r => IsType(r, OrgChartCsvFormat.PositionType)).GroupBy(r => r.Name.Trim(), StringComparer.Ordinal))
        {
            var first = group.First();
            var position = (await positions.GetListWithDetailsAsync(cancellationToken: cancellationToken)).FirstOrDefault(p => p.Name == group.Key);
            if (position is null)
            {
                position = await positionManager.CreateAsync(group.Key, first.Duties, cancellationToken);
                created++;
            }
            else
            {
                position.SetDuties(first.Duties);
                updated++;
            }

            var units = group.Select(r => OrgChartCsvFormat.Join(OrgChartCsvFormat.Split(r.UnitPath))).Where(p => p.Length > 0).Select(p => unitsByPath[p]).ToList();
            await positionManager.SetUnitsAsync(position, [.. units.Select(u => u.Id)], cancellationToken);
            await positionManager.SetHoldersAsync(position, [.. group.SelectMany(HoldersOf).Select(h => usersByName[h])], importedByUserId, cancellationToken);
            foreach (var row in group.Where(r => bool.TryParse(r.IsHead, out var head) && head))
            {
                unitsByPath[OrgChartCsvFormat.Join(OrgChartCsvFormat.Split(row.UnitPath))].SetHead(position.Id);
            }

            await save(cancellationToken);
        }

        return new OrgChartImportResultDto(unitsCreated, created, updated);
    }

    private static bool IsType(OrgChartCsvRow row, string type) => row.Type.Trim().Equals(type, StringComparison.OrdinalIgnoreCase);
}
