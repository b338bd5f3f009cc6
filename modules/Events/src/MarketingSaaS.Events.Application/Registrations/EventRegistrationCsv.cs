using System.Globalization;
using MarketingSaaS.Framework.Exporting;

namespace MarketingSaaS.Events.Registrations;

/// <summary>The attendee list as <see cref="SpreadsheetCsv"/>.</summary>
internal static class EventRegistrationCsv
{
    private static readonly string[] Header =
        ["Name", "Email", "Phone", "Company", "Status", "RegisteredAt", "CheckedInAt", "IsLead", "UtmSource", "UtmMedium", "UtmCampaign", "UtmContent", "UtmTerm"];

    public static byte[] Write(IEnumerable<EventRegistration> registrations) =>
        SpreadsheetCsv.Write(Header, registrations.Select(r => (IReadOnlyList<string?>)[
            r.Name, r.Email, r.Phone, r.Company, r.Status.ToString(), Time(r.RegisteredAt), Time(r.CheckedInAt), r.IsLead ? "yes" : "no",
            r.Utm.Source, r.Utm.Medium, r.Utm.Campaign, r.Utm.Content, r.Utm.Term]));

    private static string? Time(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
