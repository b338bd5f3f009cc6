namespace MarketingSaaS.Account;

/// <summary>The signed-in user's own TOTP (authenticator app) two-factor sign-in.</summary>
public interface ITwoFactorAppService
{
    /// <summary>Creates the user's authenticator key on first call.</summary>
    Task<TwoFactorStatusDto> GetAsync(CancellationToken cancellationToken = default);

    Task<TwoFactorStatusDto> EnableAsync(EnableTwoFactorDto input, CancellationToken cancellationToken = default);

    Task<TwoFactorStatusDto> DisableAsync(DisableTwoFactorDto input, CancellationToken cancellationToken = default);
}
