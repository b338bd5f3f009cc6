using System.Globalization;
using System.Text;

namespace MarketingSaaS.Events.Registrations;

/// <summary>CSV for spreadsheets: UTF-8 with BOM (Excel reads Chinese names), RFC 4180 quoting, no formula injection.</summary>
internal static class EventRegistrationCsv
{
    private static readonly string[] Header =
        ["Name", "Email", "Phone", "Company", "Status", "RegisteredAt", "CheckedInAt", "IsLead", "UtmSource", "UtmMedium", "UtmCampaign", "UtmContent", "UtmTerm"];

    public static byte[] Write(IEnumerable<EventRegistration> registrations)
    {
        var text = new StringBuilder();
        AppendRow(text, Header);
        foreach (var r in registrations)
        {
            AppendRow(text, [
                r.Name, r.Email, r.Phone, r.Company, r.Status.ToString(), Time(r.RegisteredAt), Time(r.CheckedInAt), r.IsLead ? "yes" : "no",
                r.Utm.Source, r.Utm.Medium, r.Utm.Campaign, r.Utm.Content, r.Utm.Term]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string? Time(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void AppendRow(StringBuilder text, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(Cell(cells[i]));
        }

        text.Append("\r\n");
    }

    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        // A leading = + - @ would make a spreadsheet run the cell as a formula.
        if (value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
