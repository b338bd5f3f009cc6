using System.Text;
using CsvHelper;
using MarketingSaaS.Framework.Exporting;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Framework.Users;
using MarketingSaaS.Identity;
using MarketingSaaS.OrganizationUnits;
using MarketingSaaS.Positions;
using FieldValidationException = MarketingSaaS.Framework.ExceptionHandling.FieldValidationException;

namespace MarketingSaaS.OrgCharts;

public sealed class OrgChartCsvAppService(
    IOrganizationUnitRepository units,
    IPositionRepository positions,
    OrganizationUnitManager unitManager,
    PositionManager positionManager,
    IUserLookup users,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork) : IOrgChartCsvAppService
{
    public async Task<byte[]> ExportAsync(CancellationToken cancellationToken = default)
    {
        var paths = PathsById(await units.GetListAsync(_ => true, cancellationToken));
        var allPositions = await positions.GetListWithDetailsAsync(cancellationToken: cancellationToken);
        var userNames = await users.GetUserNamesAsync(allPositions.SelectMany(p => p.Holders.Select(h => h.UserId)), cancellationToken);
        var rows = new List<OrgChartCsvRow>();
        foreach (var unit in (await units.GetListAsync(_ => true, cancellationToken)).OrderBy(u => u.Code, StringComparer.Ordinal))
        {
            rows.Add(new OrgChartCsvRow { Type = OrgChartCsvFormat.UnitType, UnitPath = unit.ParentId is { } parent ? paths[parent] : "", Name = unit.DisplayName, Kind = unit.Kind.ToString() });
        }

        var heads = (await units.GetListAsync(u => u.HeadPositionId != null, cancellationToken)).Select(u => (u.Id, u.HeadPositionId!.Value)).ToHashSet();
        foreach (var position in allPositions)
        {
            var holders = string.Join(OrgChartCsvFormat.HolderSeparator, position.Holders.Select(h => userNames.GetValueOrDefault(h.UserId, "")));
            var unitIds = position.Units.Select(u => (Guid?)u.OrganizationUnitId).DefaultIfEmpty(null);
            rows.AddRange(unitIds.Select(unitId => new OrgChartCsvRow
            {
                Type = OrgChartCsvFormat.PositionType,
                UnitPath = unitId is { } id ? paths.GetValueOrDefault(id, "") : "",
                Name = position.Name,
                IsHead = unitId is { } head && heads.Contains((head, position.Id)) ? "true" : "false",
                Duties = position.Duties,
                Holders = holders,
            }));
        }

        return SpreadsheetCsv.WriteRecords(rows);
    }

    public async Task<OrgChartImportResultDto> ImportAsync(Stream csv, CancellationToken cancellationToken = default)
    {
        var rows = await ReadAsync(csv, cancellationToken);
        var existing = await units.GetListAsync(_ => true, cancellationToken);
        var paths = PathsById(existing);
        var usersByName = await users.FindByUserNamesAsync(rows.SelectMany(OrgChartCsvImporter.HoldersOf), cancellationToken);
        var errors = new OrgChartCsvValidator(paths.Values.ToList(), usersByName).Validate(rows);
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var unitsByPath = new Dictionary<string, OrganizationUnit>(StringComparer.Ordinal);
        foreach (var unit in existing.OrderBy(u => u.Code, StringComparer.Ordinal))
        {
            unitsByPath.TryAdd(paths[unit.Id], unit);
        }

        var importer = new OrgChartCsvImporter(unitManager, positionManager, positions, currentUser.Id!.Value, unitOfWork.SaveChangesAsync);
        var result = await importer.ApplyAsync(rows, unitsByPath, usersByName, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return result;
    }

    private static async Task<List<OrgChartCsvRow>> ReadAsync(Stream csv, CancellationToken cancellationToken)
    {
        try
        {
            using var reader = new StreamReader(csv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            using var parser = new CsvReader(reader, OrgChartCsvFormat.Configuration);
            var rows = new List<OrgChartCsvRow>();
            await foreach (var row in parser.GetRecordsAsync<OrgChartCsvRow>(cancellationToken))
            {
                rows.Add(OrgChartCsvFormat.Unescaped(row));
                if (rows.Count > OrgChartCsvFormat.MaxRows)
                {
                    throw new FieldValidationException("file", "MarketingSaaS:OrgChartCsvTooManyRows");
                }
            }

            return rows.Count > 0 ? rows : throw new FieldValidationException("file", "MarketingSaaS:OrgChartCsvEmpty");
        }
        catch (CsvHelperException)
        {
            throw new FieldValidationException("file", "MarketingSaaS:OrgChartCsvUnreadable");
        }
    }

    private static Dictionary<Guid, string> PathsById(IReadOnlyList<OrganizationUnit> all)
    {
        var paths = new Dictionary<Guid, string>();
        foreach (var unit in all.OrderBy(u => u.Code, StringComparer.Ordinal))
        {
            paths[unit.Id] = unit.ParentId is { } parent && paths.TryGetValue(parent, out var parentPath)
                ? parentPath + OrgChartCsvFormat.PathSeparator + unit.DisplayName
                : unit.DisplayName;
        }

        return paths;
    }
}
