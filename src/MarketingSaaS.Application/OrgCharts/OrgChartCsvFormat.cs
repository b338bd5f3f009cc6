using System.Globalization;
using CsvHelper.Configuration;

namespace MarketingSaaS.OrgCharts;

internal static class OrgChartCsvFormat
{
    public const string UnitType = "unit";
    public const string PositionType = "position";
    public const string PathSeparator = " > ";
    public const char HolderSeparator = ';';
    public const int MaxRows = 5000;

    public static CsvConfiguration Configuration => new(CultureInfo.InvariantCulture)
    {
        TrimOptions = TrimOptions.Trim,
        MissingFieldFound = null,
        HeaderValidated = null,
        PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
    };

    public static string Join(IEnumerable<string> names) => string.Join(PathSeparator, names);

    public static string[] Split(string path) =>
        string.IsNullOrWhiteSpace(path) ? [] : [.. path.Split('>', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
