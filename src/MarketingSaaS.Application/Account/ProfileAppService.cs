using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Identity;
using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Account;

public sealed class ProfileAppService(CurrentAppUserLoader currentUser, UserManager<AppUser> users) : IProfileAppService
{
    public async Task<ProfileDto> UpdateAsync(UpdateProfileDto input, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.LoadAsync();
        var email = input.Email.Trim();
        var name = input.Name.Trim();
        if (!string.Equals(user.Name, name, StringComparison.Ordinal))
        {
            // A typed name replaces the family/given parts (as on the users page), so the greeting shows what was typed.
            user.SetPersonName(null, null, null);
            user.Name = name;
        }
        var result = string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase)
            ? await users.UpdateAsync(user)
            : await users.SetEmailAsync(user, email);
        if (!result.Succeeded)
        {
            throw IdentityErrorMapper.ToException(result.Errors) switch
            {
                BusinessException { Code: MarketingSaaSErrorCodes.EmailTaken } taken => taken.With("email", email),
                var other => other,
            };
        }

        return new ProfileDto(user.Id, user.UserName!, user.Name, user.Email, user.TwoFactorEnabled);
    }

    public async Task ChangePasswordAsync(ChangePasswordDto input, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.LoadAsync();
        var result = await users.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
        {
            await users.AccessFailedAsync(user);
            throw new BusinessException(AccountErrorCodes.WrongPassword);
        }

        if (!result.Succeeded)
        {
            throw IdentityErrorMapper.ToException(result.Errors);
        }
    }
}
