using System.Text;
using MarketingSaaS.Framework.Exporting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Framework.Tests.Exporting;

public sealed class SpreadsheetCsvTests
{
    [Fact]
    public void A_file_starts_with_the_byte_order_mark_and_ends_rows_with_crlf()
    {
        var bytes = SpreadsheetCsv.Write(["Name", "City"], [["李娜", "上海"]]);

        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        Text(bytes).ShouldBe("Name,City\r\n李娜,上海\r\n");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("+1+1", "\"'+1+1\"")]
    [InlineData("-2", "\"'-2\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tcmd", "\"'\tcmd\"")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_is_quoted_with_an_apostrophe(string cell, string written)
    {
        Text(SpreadsheetCsv.Write(["A"], [[cell]])).ShouldBe($"A\r\n{written}\r\n");
    }

    [Fact]
    public void Commas_quotes_and_line_breaks_are_quoted_and_null_is_empty()
    {
        Text(SpreadsheetCsv.Write(["A", "B", "C"], [["Smith, \"Jo\"", null, "two\nlines"]]))
            .ShouldBe("A,B,C\r\n\"Smith, \"\"Jo\"\"\",,\"two\nlines\"\r\n");
    }

    [Theory]
    [InlineData("'=1+1", "=1+1")]
    [InlineData("'-2", "-2")]
    [InlineData("'quoted", "'quoted")]
    [InlineData("'", "'")]
    [InlineData("plain", "plain")]
    public void Unescape_drops_only_the_apostrophe_written_before_a_formula_character(string cell, string text)
    {
        SpreadsheetCsv.Unescape(cell).ShouldBe(text);
    }

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes.AsSpan(3));
}
