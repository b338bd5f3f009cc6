using System.Text.RegularExpressions;
using System.Web;
using MarketingSaaS.HttpApi.Tests.Account;
using MarketingSaaS.TestBase.Emailing;

namespace MarketingSaaS.HttpApi.Tests.Identity.Invitations;

/// <summary>The accept link of a received invitation mail, taken apart into the values the portal's page posts.</summary>
public static partial class InvitationMails
{
    public static InvitationLink LinkOf(ReceivedMail mail)
    {
        var match = Link().Match(mail.Body);
        if (!match.Success)
        {
            throw new InvalidOperationException("No invitation link in: " + mail.Body);
        }

        var query = HttpUtility.ParseQueryString(new Uri(match.Value).Query);
        return new InvitationLink(match.Value, query["tenant"]!, query["token"]!);
    }

    [GeneratedRegex(@"https://portal\.example\.test/account/accept-invitation\?\S+")]
    private static partial Regex Link();

    public static string PublicUrl => PasswordResetMails.PublicUrl;
}

public sealed record InvitationLink(string Url, string Tenant, string Token);
