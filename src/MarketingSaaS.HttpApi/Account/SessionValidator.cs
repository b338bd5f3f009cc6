using System.Security.Claims;
using MarketingSaaS.Framework.Domain.Repositories;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Users;
using MarketingSaaS.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Account;

/// <summary>
/// A session (cookie or bearer token) is valid while it carries its user's current security stamp and the user is
/// active. Runs during the request before tenant resolution, so it reads the user in the tenant its claim names.
/// The user stores are resolved on a cache miss only: resolving them opens the request's database connection.
/// </summary>
public sealed class SessionValidator(
    SecurityStampCache stamps,
    IServiceProvider services,
    ICurrentTenant currentTenant)
{
    public async Task<bool> IsValidAsync(ClaimsPrincipal principal)
    {
        var stamp = principal.FindFirst(IdentityConsts.SecurityStampClaimType)?.Value;
        if (string.IsNullOrEmpty(stamp) || !Guid.TryParse(principal.FindFirst(MarketingClaimTypes.UserId)?.Value, out var userId))
        {
            return false;
        }

        var tenantClaim = principal.FindFirst(MarketingClaimTypes.TenantId)?.Value;
        Guid? tenantId = tenantClaim is null ? null : Guid.TryParse(tenantClaim, out var id) ? id : Guid.Empty;
        if (tenantId == Guid.Empty)
        {
            return false;
        }

        var current = await stamps.GetAsync(tenantId, userId, () => LoadStampAsync(tenantId, userId));
        return string.Equals(current, stamp, StringComparison.Ordinal);
    }

    private async Task<string?> LoadStampAsync(Guid? tenantId, Guid userId)
    {
        using (currentTenant.Change(tenantId))
        {
            if (tenantId is null)
            {
                var hostUser = await services.GetRequiredService<IRepository<HostUser, Guid>>().FindAsync(userId);
                return string.IsNullOrEmpty(hostUser?.SecurityStamp) ? null : hostUser.SecurityStamp;
            }

            var user = await services.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(userId.ToString());
            return user is { IsActive: true } ? user.SecurityStamp : null;
        }
    }
}
