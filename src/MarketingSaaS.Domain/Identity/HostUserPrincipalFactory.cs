using System.Security.Claims;
using MarketingSaaS.Framework.Users;
using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Identity;

/// <summary>
/// A host operator's principal: id, name, e-mail, the host-admin role and the security stamp, and no tenant claim, so
/// tenant resolution keeps every request of a host operator on the host side.
/// </summary>
public static class HostUserPrincipalFactory
{
    public static ClaimsPrincipal Create(HostUser user)
    {
        var identity = new ClaimsIdentity(IdentityConstants.ApplicationScheme, MarketingClaimTypes.UserName, MarketingClaimTypes.Role);
        identity.AddClaim(new Claim(MarketingClaimTypes.UserId, user.Id.ToString()));
        identity.AddClaim(new Claim(MarketingClaimTypes.UserName, user.UserName));
        identity.AddClaim(new Claim(MarketingClaimTypes.Email, user.Email));
        identity.AddClaim(new Claim(MarketingClaimTypes.Role, IdentityConsts.HostAdminRole));
        identity.AddClaim(new Claim(IdentityConsts.SecurityStampClaimType, user.SecurityStamp));
        return new ClaimsPrincipal(identity);
    }

    /// <summary>Tenant users always carry the tenant claim; host operators never do.</summary>
    public static bool IsHostPrincipal(ClaimsPrincipal? principal) =>
        principal?.Identity?.IsAuthenticated == true && principal.FindFirst(MarketingClaimTypes.TenantId) is null;
}
