namespace MarketingSaaS.OrgCharts;

public interface IOrgChartCsvAppService
{
    /// <summary>Units, positions and holders as CSV (UTF-8 with BOM, so spreadsheet programs read Chinese names).</summary>
    Task<byte[]> ExportAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds missing units and positions and updates positions by name; nothing at all when any row is invalid (400 with an error per row).</summary>
    Task<OrgChartImportResultDto> ImportAsync(Stream csv, CancellationToken cancellationToken = default);
}
