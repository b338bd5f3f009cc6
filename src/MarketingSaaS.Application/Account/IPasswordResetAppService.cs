namespace MarketingSaaS.Account;

/// <summary>Forgotten passwords: anonymous, answering the same whether or not the user exists.</summary>
public interface IPasswordResetAppService
{
    /// <summary>Queues the reset mail when an active user with an address matches; otherwise does nothing, silently.</summary>
    Task RequestAsync(ForgotPasswordDto input, CancellationToken cancellationToken = default);

    Task ResetAsync(ResetPasswordDto input, CancellationToken cancellationToken = default);
}
