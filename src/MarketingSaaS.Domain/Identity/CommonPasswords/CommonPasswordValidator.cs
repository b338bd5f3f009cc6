using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace MarketingSaaS.Identity.CommonPasswords;

/// <summary>
/// Refuses a password on the shipped list of the most common ones (compared case-insensitively, trimmed), wherever
/// Identity validates a password: sign-up, user creation, password change and both resets. The error code starts
/// with "Password", so it answers 400 MarketingSaaS:PasswordTooWeak with the other broken rules.
/// </summary>
public sealed class CommonPasswordValidator(IStringLocalizer localizer) : IPasswordValidator<AppUser>
{
    public const string ErrorCode = "PasswordTooCommon";

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is not null && CommonPasswordList.Contains(password)
            ? IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = localizer["Identity:" + ErrorCode].Value })
            : IdentityResult.Success);
}
