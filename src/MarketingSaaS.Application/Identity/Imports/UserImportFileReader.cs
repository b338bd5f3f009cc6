using System.Globalization;
using System.Text;
using System.Xml;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FieldValidationException = MarketingSaaS.Framework.ExceptionHandling.FieldValidationException;
using FieldError = MarketingSaaS.Framework.ExceptionHandling.FieldError;

namespace MarketingSaaS.Identity.Imports;

/// <summary>
/// Reads an import file into rows: an .xlsx workbook (recognized by its ZIP signature; the first sheet) or else CSV
/// (UTF-8, with or without BOM, comma-separated). Anything else, a missing or unknown column, no rows or too many rows: 400 on "file".
/// </summary>
public static class UserImportFileReader
{
    public const string UnreadableCode = "MarketingSaaS:UsersImportUnreadable";
    public const string EmptyCode = "MarketingSaaS:UsersImportEmpty";
    public const string TooManyRowsCode = "MarketingSaaS:UsersImportTooManyRows";
    public const string TooLargeCode = "MarketingSaaS:UsersImportTooLarge";
    public const string MissingColumnsCode = "MarketingSaaS:UsersImportMissingColumns";
    public const string UnknownColumnCode = "MarketingSaaS:UsersImportUnknownColumn";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlyList<UserImportRow> Read(byte[] file)
    {
        var rows = IsZip(file) ? ReadWorkbook(file) : ReadCsv(file);
        return rows.Count > 0 ? rows : throw FileError(EmptyCode);
    }

    public static FieldValidationException FileError(string code, Dictionary<string, object?>? data = null) =>
        new(new Dictionary<string, FieldError[]> { ["file"] = [new FieldError(code, data)] });

    private static bool IsZip(byte[] file) => file.Length >= 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;

    private static List<UserImportRow> ReadCsv(byte[] file)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(file);
        }
        catch (DecoderFallbackException)
        {
            throw FileError(UnreadableCode);
        }

        if (text.Contains('\0'))
        {
            throw FileError(UnreadableCode);
        }

        try
        {
            using var csv = new CsvReader(new StringReader(text.TrimStart('\uFEFF')), new CsvConfiguration(CultureInfo.InvariantCulture));
            if (!csv.Read())
            {
                throw FileError(EmptyCode);
            }

            var columns = Columns(csv.Parser.Record ?? []);
            var rows = new List<UserImportRow>();
            while (csv.Read())
            {
                var record = csv.Parser.Record ?? [];
                if (record.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                rows.Add(Row(csv.Parser.Row, columns, i => i < record.Length ? record[i] : ""));
                CheckCount(rows);
            }

            return rows;
        }
        catch (CsvHelperException)
        {
            throw FileError(UnreadableCode);
        }
    }

    private static List<UserImportRow> ReadWorkbook(byte[] file)
    {
        try
        {
            using var stream = new MemoryStream(file, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = UserImportFormat.MaxCharactersInPart });
            var workbook = document.WorkbookPart ?? throw FileError(UnreadableCode);
            var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw FileError(EmptyCode);
            var worksheet = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            List<string>? columns = null;
            var rows = new List<UserImportRow>();
            foreach (var row in worksheet.Worksheet.Descendants<Row>())
            {
                var cells = row.Elements<Cell>().Select((c, i) => (Index: ColumnIndex(c.CellReference?.Value) ?? i, Value: CellText(c, shared))).ToList();
                if (cells.All(c => string.IsNullOrWhiteSpace(c.Value)))
                {
                    continue;
                }

                var values = cells.ToDictionary(c => c.Index, c => c.Value);
                if (columns is null)
                {
                    columns = Columns([.. Enumerable.Range(0, values.Keys.Max() + 1).Select(i => values.GetValueOrDefault(i, ""))]);
                    continue;
                }

                rows.Add(Row((int)(row.RowIndex?.Value ?? (uint)(rows.Count + 2)), columns, i => values.GetValueOrDefault(i, "")));
                CheckCount(rows);
            }

            return rows;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or XmlException or InvalidOperationException or FormatException or ArgumentException or KeyNotFoundException or InvalidCastException)
        {
            throw FileError(UnreadableCode);
        }
    }

    /// <summary>The header's columns by position ("" for a blank header cell); 400 for a missing required or an unknown column.</summary>
    private static List<string> Columns(IReadOnlyList<string> header)
    {
        var columns = header.Select(UserImportFormat.NormalizeHeader).ToList();
        if (columns.FirstOrDefault(c => c.Length > 0 && !UserImportFormat.Columns.Contains(c)) is { } unknown)
        {
            throw FileError(UnknownColumnCode, new() { ["column"] = unknown, ["columns"] = string.Join(", ", UserImportFormat.Columns) });
        }

        var missing = UserImportFormat.RequiredColumns.Where(c => !columns.Contains(c)).ToList();
        return missing.Count == 0 ? columns : throw FileError(MissingColumnsCode, new() { ["columns"] = string.Join(", ", missing) });
    }

    private static UserImportRow Row(int line, List<string> columns, Func<int, string> cell)
    {
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Length > 0)
            {
                cells[columns[i]] = cell(i);
            }
        }

        return new UserImportRow(line, cells);
    }

    private static void CheckCount(List<UserImportRow> rows)
    {
        if (rows.Count > UserImportFormat.MaxRows)
        {
            throw FileError(TooManyRowsCode, new() { ["max"] = UserImportFormat.MaxRows });
        }
    }

    private static string CellText(Cell cell, List<string> shared)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type.Equals(CellValues.SharedString))
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count ? shared[i] : "";
        }

        return type.Equals(CellValues.InlineString) ? cell.InlineString?.InnerText ?? "" : raw;
    }

    /// <summary>"C7" → 2; null for a reference without letters.</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        var letters = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            if (++letters > 3)
            {
                return null;
            }
        }

        return letters == 0 ? null : index - 1;
    }
}
