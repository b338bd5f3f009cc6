using System.Globalization;
using MarketingSaaS.Framework.Domain.Repositories;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Uow;
using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Identity;

/// <summary>
/// Checks a host operator's password with the same lockout rule as tenant users: the fifth failure
/// in a row locks the account for 15 minutes.
/// </summary>
public sealed class HostSignInManager(
    IRepository<HostUser, Guid> hostUsers,
    IPasswordHasher<HostUser> passwordHasher,
    UnknownUserPasswordCheck<HostUser> unknownUser,
    IUnitOfWork unitOfWork,
    ICurrentTenant currentTenant,
    TimeProvider clock)
{
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Unknown operator, wrong password and locked account (with a wrong password) answer the same 401 after the same
    /// work: one password verification. The lockout is named only to someone who gave the right password.
    /// </summary>
    public async Task<HostUser> SignInAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        using (currentTenant.Change(null))
        {
            var normalized = userName.Trim().ToUpperInvariant();
            var user = (await hostUsers.GetListAsync(u => u.NormalizedUserName == normalized, cancellationToken)).SingleOrDefault();
            if (user is null)
            {
                unknownUser.Verify(passwordHasher, password);
                throw InvalidSignIn();
            }

            var result = passwordHasher.VerifyHashedPassword(user, user.PasswordHash, password);
            var now = clock.GetUtcNow();
            var lockedOut = user.LockoutEnd > now;
            if (result == PasswordVerificationResult.Failed)
            {
                if (!lockedOut)
                {
                    await RecordFailureAsync(user, now, cancellationToken);
                }

                throw InvalidSignIn();
            }

            if (lockedOut)
            {
                throw LockedOut(user.LockoutEnd!.Value);
            }

            if (result == PasswordVerificationResult.SuccessRehashNeeded)
            {
                user.PasswordHash = passwordHasher.HashPassword(user, password);
            }

            if (user.SecurityStamp.Length == 0)
            {
                user.RenewSecurityStamp();
            }

            user.AccessFailedCount = 0;
            user.LockoutEnd = null;
            await hostUsers.UpdateAsync(user, cancellationToken: cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return user;
        }
    }

    private async Task RecordFailureAsync(HostUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        user.AccessFailedCount++;
        if (user.AccessFailedCount >= IdentityConsts.MaxFailedAccessAttempts)
        {
            user.LockoutEnd = now + LockoutDuration;
            user.AccessFailedCount = 0;
        }

        await hostUsers.UpdateAsync(user, cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private static BusinessException InvalidSignIn() => new(MarketingSaaSErrorCodes.InvalidSignIn, statusCode: 401);

    private static BusinessException LockedOut(DateTimeOffset until) =>
        new(MarketingSaaSErrorCodes.LockedOut, new Dictionary<string, object?> { ["until"] = until.ToString("u", CultureInfo.InvariantCulture) }, statusCode: 423);
}
