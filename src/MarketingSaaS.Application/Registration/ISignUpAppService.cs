namespace MarketingSaaS.Registration;

public interface ISignUpAppService
{
    /// <summary>Creates the company, its roles, settings and admin user in one transaction.</summary>
    Task<SignUpResultDto> SignUpAsync(SignUpDto input, CancellationToken cancellationToken = default);
}
