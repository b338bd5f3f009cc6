using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Users;
using MarketingSaaS.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MarketingSaaS.Account;

/// <summary>
/// The cookie's periodic security-stamp check runs during authentication, before tenant resolution:
/// it must look the user up in the tenant named by the cookie, or every portal session would end
/// at the first validation interval.
/// </summary>
public sealed class TenantSecurityStampValidator(
    IOptions<SecurityStampValidatorOptions> options,
    SignInManager<AppUser> signInManager,
    ILoggerFactory logger,
    ICurrentTenant currentTenant) : SecurityStampValidator<AppUser>(options, signInManager, logger)
{
    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var tenant = context.Principal?.FindFirst(MarketingClaimTypes.TenantId)?.Value;
        using (currentTenant.Change(Guid.TryParse(tenant, out var id) ? id : null))
        {
            await base.ValidateAsync(context);
        }
    }

    /// <summary>Besides the stamp, a deactivated or locked account's session ends at its next check.</summary>
    protected override async Task<AppUser?> VerifySecurityStamp(System.Security.Claims.ClaimsPrincipal? principal)
    {
        var user = await base.VerifySecurityStamp(principal);
        if (user is null || !user.IsActive || await SignInManager.UserManager.IsLockedOutAsync(user))
        {
            return null;
        }

        return user;
    }
}
