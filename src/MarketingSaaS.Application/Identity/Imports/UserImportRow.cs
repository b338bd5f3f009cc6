namespace MarketingSaaS.Identity.Imports;

/// <summary>One data row of an import file: its row number in the file (the header is row 1) and its cells by column.</summary>
public sealed record UserImportRow(int Line, IReadOnlyDictionary<string, string> Cells)
{
    public string this[string column] => Cells.TryGetValue(column, out var value) ? value.Trim() : "";
}
