using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace MarketingSaaS.Framework.Exporting;

/// <summary>
/// The one CSV format of every export: UTF-8 with a byte-order mark (Excel then reads Chinese text), RFC 4180 quoting,
/// CRLF line ends, and a cell that a spreadsheet would run as a formula (starting with = + - @, tab or CR) written
/// quoted with a leading apostrophe. <see cref="Unescape"/> turns such a cell back into the text when a file is imported.
/// </summary>
public static class SpreadsheetCsv
{
    public const char FormulaEscape = '\'';

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly System.Buffers.SearchValues<char> MustQuote = System.Buffers.SearchValues.Create(",\"\r\n");

    public static CsvConfiguration Configuration() => new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        InjectionOptions = InjectionOptions.Escape,
        InjectionCharacters = FormulaStarts,
        InjectionEscapeCharacter = FormulaEscape,
        ShouldQuote = args => args.Field is { } field && field.AsSpan().IndexOfAny(MustQuote) >= 0,
    };

    /// <summary>A header row and one row of cells per item, in the order given.</summary>
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        return Write(csv =>
        {
            WriteRow(csv, header);
            foreach (var row in rows)
            {
                WriteRow(csv, row);
            }
        }, Configuration());
    }

    /// <summary>The records of <typeparamref name="T"/>, with the header CsvHelper maps from its members.</summary>
    public static byte[] WriteRecords<T>(IEnumerable<T> records, CsvConfiguration? configuration = null) =>
        Write(csv => csv.WriteRecords(records), configuration ?? Configuration());

    /// <summary>A cell read back from an exported file: the apostrophe written before a formula character is dropped.</summary>
    public static string Unescape(string cell) =>
        cell.Length > 1 && cell[0] == FormulaEscape && Array.IndexOf(FormulaStarts, cell[1]) >= 0 ? cell[1..] : cell;

    private static byte[] Write(Action<CsvWriter> write, CsvConfiguration configuration)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, configuration))
        {
            write(csv);
        }

        return buffer.ToArray();
    }

    private static void WriteRow(CsvWriter csv, IReadOnlyList<string?> cells)
    {
        foreach (var cell in cells)
        {
            csv.WriteField(cell ?? "");
        }

        csv.NextRecord();
    }
}
