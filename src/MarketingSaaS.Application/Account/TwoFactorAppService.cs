using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Identity;
using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Account;

public sealed class TwoFactorAppService(CurrentAppUserLoader currentUser, UserManager<AppUser> users, IUserStore<AppUser> store) : ITwoFactorAppService
{
    public const string Issuer = "MarketingSaaS";

    public async Task<TwoFactorStatusDto> GetAsync(CancellationToken cancellationToken = default)
    {
        var user = await currentUser.LoadAsync();
        return await StatusAsync(user);
    }

    public async Task<TwoFactorStatusDto> EnableAsync(EnableTwoFactorDto input, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.LoadAsync();
        var code = input.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            throw new BusinessException(MarketingSaaSErrorCodes.InvalidTwoFactorCode);
        }

        ThrowIfFailed(await users.SetTwoFactorEnabledAsync(user, true));
        return await StatusAsync(user);
    }

    public async Task<TwoFactorStatusDto> DisableAsync(DisableTwoFactorDto input, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.LoadAsync();
        if (!await users.CheckPasswordAsync(user, input.Password))
        {
            await users.AccessFailedAsync(user);
            throw new BusinessException(AccountErrorCodes.WrongPassword);
        }

        ThrowIfFailed(await users.SetTwoFactorEnabledAsync(user, false));
        // A new key: turning two-factor on again needs a fresh authenticator set-up, so a copy of the old key is worthless.
        ThrowIfFailed(await users.ResetAuthenticatorKeyAsync(user));
        return await StatusAsync(user);
    }

    private async Task<TwoFactorStatusDto> StatusAsync(AppUser user)
    {
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return new TwoFactorStatusDto(true, null, null);
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // The first key leaves the security stamp alone (Identity's ResetAuthenticatorKeyAsync renews it): two-factor
            // is still off, so no session needs to end because someone opened the set-up page.
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<AppUser>)store).SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
            ThrowIfFailed(await users.UpdateAsync(user));
        }

        return new TwoFactorStatusDto(false, key, AuthenticatorUri(user.Email ?? user.UserName!, key));
    }

    private static string AuthenticatorUri(string account, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}";

    private static void ThrowIfFailed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw IdentityErrorMapper.ToException(result.Errors);
        }
    }
}
