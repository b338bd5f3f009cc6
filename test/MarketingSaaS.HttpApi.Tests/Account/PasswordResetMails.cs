using System.Text.RegularExpressions;
using System.Web;
using MarketingSaaS.TestBase.Emailing;

namespace MarketingSaaS.HttpApi.Tests.Account;

/// <summary>The reset link of a received mail, taken apart into the values the portal's reset page posts.</summary>
public static partial class PasswordResetMails
{
    public const string PublicUrl = "https://portal.example.test";

    public static IReadOnlyDictionary<string, string?> HostSettings(SmtpReceiver smtp) =>
        new Dictionary<string, string?>(smtp.HostSettings) { ["App:PublicUrl"] = PublicUrl + "/" };

    public static ResetLink LinkOf(ReceivedMail mail)
    {
        var match = Link().Match(mail.Body);
        if (!match.Success)
        {
            throw new InvalidOperationException("No reset link in: " + mail.Body);
        }

        var uri = new Uri(match.Value);
        var query = HttpUtility.ParseQueryString(uri.Query);
        return new ResetLink(match.Value, query["tenant"]!, Guid.Parse(query["userId"]!), query["token"]!);
    }

    [GeneratedRegex(@"https://portal\.example\.test/account/reset-password\?\S+")]
    private static partial Regex Link();
}

public sealed record ResetLink(string Url, string Tenant, Guid UserId, string Token);
