using System.Globalization;
using CsvHelper.Configuration;
using MarketingSaaS.Framework.Exporting;

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

    /// <summary>A row read from an exported file, with the formula escapes of <see cref="SpreadsheetCsv"/> undone.</summary>
    public static OrgChartCsvRow Unescaped(OrgChartCsvRow row)
    {
        row.UnitPath = SpreadsheetCsv.Unescape(row.UnitPath);
        row.Name = SpreadsheetCsv.Unescape(row.Name);
        row.Duties = row.Duties is null ? null : SpreadsheetCsv.Unescape(row.Duties);
        row.Holders = row.Holders is null ? null : SpreadsheetCsv.Unescape(row.Holders);
        return row;
    }

    public static string Join(IEnumerable<string> names) => string.Join(PathSeparator, names);

    public static string[] Split(string path) =>
        string.IsNullOrWhiteSpace(path) ? [] : [.. path.Split('>', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
