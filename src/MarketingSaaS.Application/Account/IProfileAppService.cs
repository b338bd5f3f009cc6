namespace MarketingSaaS.Account;

/// <summary>The signed-in user's own name, e-mail and password.</summary>
public interface IProfileAppService
{
    Task<ProfileDto> UpdateAsync(UpdateProfileDto input, CancellationToken cancellationToken = default);

    Task ChangePasswordAsync(ChangePasswordDto input, CancellationToken cancellationToken = default);
}
