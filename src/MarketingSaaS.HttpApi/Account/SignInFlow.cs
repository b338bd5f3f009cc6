using System.Globalization;
using System.Security.Claims;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Identity;
using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Account;

/// <summary>
/// Password check with lockout, then the optional TOTP code; the caller issues cookie or token. Unknown company,
/// unknown user, wrong password and locked account with a wrong password answer the same 401 after the same work
/// (one password verification); lockout and deactivation are named only after the right password.
/// </summary>
internal sealed class SignInFlow(SignInManager<AppUser> signInManager, UnknownUserPasswordCheck<AppUser> unknownUser)
{
    public BusinessException RefuseUnknown(string password)
    {
        unknownUser.Verify(signInManager.UserManager.PasswordHasher, password);
        return InvalidSignIn();
    }

    public async Task<ClaimsPrincipal> SignInAsync(SignInRequest input)
    {
        var users = signInManager.UserManager;
        var name = input.UserName.Trim();
        var user = await users.FindByNameAsync(name) ?? await users.FindByEmailAsync(name);
        if (user is null)
        {
            throw RefuseUnknown(input.Password);
        }

        var lockedOut = await users.IsLockedOutAsync(user);
        if (!await users.CheckPasswordAsync(user, input.Password))
        {
            // A locked account does not count further failures, so guessing cannot extend the lock.
            if (!lockedOut)
            {
                await users.AccessFailedAsync(user);
            }

            throw InvalidSignIn();
        }

        if (lockedOut)
        {
            var until = (await users.GetLockoutEndDateAsync(user))?.ToString("u", CultureInfo.InvariantCulture);
            throw new BusinessException(MarketingSaaSErrorCodes.LockedOut, new Dictionary<string, object?> { ["until"] = until }, statusCode: 423);
        }

        if (!user.IsActive)
        {
            throw new BusinessException(MarketingSaaSErrorCodes.UserInactive, statusCode: 403);
        }

        if (user.TwoFactorEnabled)
        {
            if (string.IsNullOrWhiteSpace(input.TwoFactorCode))
            {
                throw new BusinessException(MarketingSaaSErrorCodes.TwoFactorRequired, statusCode: 401);
            }

            var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, input.TwoFactorCode.Replace(" ", ""));
            if (!valid)
            {
                await users.AccessFailedAsync(user);
                throw new BusinessException(MarketingSaaSErrorCodes.InvalidTwoFactorCode, statusCode: 401);
            }
        }

        // The failure streak ends with the right password (and code, when two-factor is on).
        await users.ResetAccessFailedCountAsync(user);
        return await signInManager.CreateUserPrincipalAsync(user);
    }

    private static BusinessException InvalidSignIn() => new(MarketingSaaSErrorCodes.InvalidSignIn, statusCode: 401);
}
