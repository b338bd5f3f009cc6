using MarketingSaaS.Framework.Domain.Repositories;
using MarketingSaaS.Framework.Users;
using MarketingSaaS.Identity;
using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Account;

/// <summary>
/// Sign-out renews the user's security stamp, so every session of theirs ends, including copies of the cookie and
/// bearer tokens (a stateless ticket cannot be ended on its own). Host operators have their own stamp.
/// </summary>
public sealed class SignOutEverywhere(
    ICurrentUser currentUser,
    UserManager<AppUser> users,
    IRepository<HostUser, Guid> hostUsers,
    SecurityStampCache stamps)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var userId = currentUser.Id!.Value;
        if (currentUser.TenantId is null)
        {
            var hostUser = await hostUsers.GetAsync(userId, cancellationToken);
            hostUser.RenewSecurityStamp();
            await hostUsers.UpdateAsync(hostUser, cancellationToken: cancellationToken);
            stamps.Invalidate(null, userId);
            return;
        }

        var user = await users.FindByIdAsync(userId.ToString());
        if (user is not null)
        {
            var result = await users.UpdateSecurityStampAsync(user);
            if (!result.Succeeded)
            {
                throw IdentityErrorMapper.ToException(result.Errors);
            }
        }
    }
}
