using System.Security.Claims;
using MarketingSaaS.Framework.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MarketingSaaS.Identity;

/// <summary>Adds the tenant claim, which tenant resolution trusts before anything else in the request.</summary>
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

        return identity;
    }
}
