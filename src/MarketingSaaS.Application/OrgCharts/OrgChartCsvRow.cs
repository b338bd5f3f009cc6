using CsvHelper.Configuration.Attributes;

namespace MarketingSaaS.OrgCharts;

/// <summary>
/// One line of the org chart CSV. A "unit" line names a unit under <see cref="UnitPath"/> (its parent's
/// path, empty at the top); a "position" line puts a position in the unit at <see cref="UnitPath"/>.
/// Paths join unit names with " > ". Holders are user names separated by ";".
/// </summary>
public sealed class OrgChartCsvRow
{
    [Name("type")]
    public string Type { get; set; } = "";

    [Name("unit_path")]
    public string UnitPath { get; set; } = "";

    [Name("name")]
    public string Name { get; set; } = "";

    [Name("kind")]
    [Optional]
    public string? Kind { get; set; }

    [Name("is_head")]
    [Optional]
    public string? IsHead { get; set; }

    [Name("duties")]
    [Optional]
    public string? Duties { get; set; }

    [Name("holders")]
    [Optional]
    public string? Holders { get; set; }
}
