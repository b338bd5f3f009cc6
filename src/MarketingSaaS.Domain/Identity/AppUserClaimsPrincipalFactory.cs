using System.Security.Claims;
using MarketingSaaS.Framework.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MarketingSaaS.Identity;

/// <summary>
/// Adds the tenant claim, which tenant resolution trusts before anything else in the request, and the person's name
/// parts for the application configuration. A change of the name renews the security stamp (UserAppService), which
/// ends the session, so the claims never outlive the name.
/// </summary>
public sealed class AppUserClaimsPrincipalFactory(UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(MarketingClaimTypes.TenantId, user.TenantId.ToString()));
        if (!identity.HasClaim(c => c.Type == MarketingClaimTypes.Email) && user.Email is not null)
        {
            identity.AddClaim(new Claim(MarketingClaimTypes.Email, user.Email));
        }

        AddIfKnown(identity, MarketingClaimTypes.Name, user.Name);
        AddIfKnown(identity, MarketingClaimTypes.FamilyName, user.FamilyName);
        AddIfKnown(identity, MarketingClaimTypes.GivenName, user.GivenName);
        return identity;
    }

    private static void AddIfKnown(ClaimsIdentity identity, string type, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value) && !identity.HasClaim(c => c.Type == type))
        {
            identity.AddClaim(new Claim(type, value));
        }
    }
}
