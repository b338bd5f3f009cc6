using System.Globalization;
using System.Security.Claims;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Identity;
using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Account;

/// <summary>Password check with lockout, then the optional TOTP code; the caller issues cookie or token.</summary>
internal sealed class SignInFlow(SignInManager<AppUser> signInManager)
{
    public async Task<ClaimsPrincipal> SignInAsync(SignInRequest input)
    {
        var users = signInManager.UserManager;
        var user = await users.FindByNameAsync(input.UserName.Trim()) ?? await users.FindByEmailAsync(input.UserName.Trim());
        if (user is null)
        {
            throw new BusinessException(MarketingSaaSErrorCodes.InvalidSignIn, statusCode: 401);
        }

        var result = await signInManager.CheckPasswordSignInAsync(user, input.Password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            var until = (await users.GetLockoutEndDateAsync(user))?.ToString("u", CultureInfo.InvariantCulture);
            throw new BusinessException(MarketingSaaSErrorCodes.LockedOut, new Dictionary<string, object?> { ["until"] = until }, statusCode: 423);
        }

        if (!result.Succeeded)
        {
            throw new BusinessException(MarketingSaaSErrorCodes.InvalidSignIn, statusCode: 401);
        }

        // Only after the password: a deactivated account is not revealed to someone without it.
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

            // Identity leaves the failure count alone after a right password when two-factor is on; a right code ends the streak.
            await users.ResetAccessFailedCountAsync(user);
        }

        return await signInManager.CreateUserPrincipalAsync(user);
    }
}
