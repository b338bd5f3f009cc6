namespace MarketingSaaS.Identity.Imports;

/// <summary>Imports people from a CSV or .xlsx file: each row becomes an invitation (the person sets their own password).</summary>
public interface IUserImportAppService
{
    /// <summary>
    /// All or nothing: when any row is invalid nothing is invited and the answer is 400 with every bad row
    /// ("row {n}: {column}" → localized messages). <paramref name="dryRun"/> checks the file and returns the preview only.
    /// </summary>
    Task<UserImportResultDto> ImportAsync(byte[] file, bool dryRun, CancellationToken cancellationToken = default);

    /// <summary>The CSV template: the header row and one example row (UTF-8 with BOM).</summary>
    byte[] GetTemplate();
}
