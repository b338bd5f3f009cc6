using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.OrganizationUnits;
using MarketingSaaS.Positions;

namespace MarketingSaaS.OrgCharts;

/// <summary>Checks every row against the file and the existing org chart; collects an error per row and field.</summary>
internal sealed class OrgChartCsvValidator(IReadOnlyCollection<string> existingUnitPaths, IReadOnlyDictionary<string, Guid> usersByName)
{
    private readonly Dictionary<string, FieldError[]> _errors = [];
    private readonly HashSet<string> _knownPaths = new(existingUnitPaths, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, FieldError[]> Validate(IReadOnlyList<OrgChartCsvRow> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            Check(rows[i], i + 2);
        }

        return _errors;
    }

    private void Check(OrgChartCsvRow row, int line)
    {
        var type = row.Type.Trim().ToLowerInvariant();
        if (type is not (OrgChartCsvFormat.UnitType or OrgChartCsvFormat.PositionType))
        {
            Add(line, "type", "Framework:InvalidFormat");
            return;
        }

        var maxName = type == OrgChartCsvFormat.UnitType ? OrganizationUnitConsts.MaxDisplayNameLength : PositionConsts.MaxNameLength;
        if (string.IsNullOrWhiteSpace(row.Name))
        {
            Add(line, "name", "Framework:Required");
        }
        else if (row.Name.Length > maxName || row.Name.Contains('>'))
        {
            Add(line, "name", "Framework:InvalidFormat");
        }

        var parentPath = OrgChartCsvFormat.Join(OrgChartCsvFormat.Split(row.UnitPath));
        if (parentPath.Length > 0 && !_knownPaths.Contains(parentPath))
        {
            Add(line, "unit_path", "MarketingSaaS:OrgChartCsvUnknownUnitPath", new() { ["path"] = parentPath });
        }

        if (type == OrgChartCsvFormat.UnitType)
        {
            if (!string.IsNullOrWhiteSpace(row.Kind) && !Enum.TryParse<OrganizationUnitKind>(row.Kind, ignoreCase: true, out _))
            {
                Add(line, "kind", "Framework:InvalidFormat");
            }

            _knownPaths.Add(parentPath.Length == 0 ? row.Name.Trim() : parentPath + OrgChartCsvFormat.PathSeparator + row.Name.Trim());
            return;
        }

        if (!string.IsNullOrWhiteSpace(row.IsHead) && !bool.TryParse(row.IsHead, out _))
        {
            Add(line, "is_head", "Framework:InvalidFormat");
        }

        if (row.Duties?.Length > PositionConsts.MaxDutiesLength)
        {
            Add(line, "duties", "Framework:Length", new() { ["min"] = 0, ["max"] = PositionConsts.MaxDutiesLength });
        }

        foreach (var holder in OrgChartCsvImporter.HoldersOf(row).Where(h => !usersByName.ContainsKey(h)))
        {
            Add(line, "holders", "MarketingSaaS:OrgChartCsvUnknownUserName", new() { ["userName"] = holder });
        }
    }

    private void Add(int line, string field, string code, Dictionary<string, object?>? data = null)
    {
        var key = $"row {line}: {field}";
        _errors[key] = [.. _errors.GetValueOrDefault(key, []), new FieldError(code, data)];
    }
}
