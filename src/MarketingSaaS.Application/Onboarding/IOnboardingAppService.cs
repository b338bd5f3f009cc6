namespace MarketingSaaS.Onboarding;

public interface IOnboardingAppService
{
    Task<OnboardingDto> GetAsync(CancellationToken cancellationToken = default);

    Task<OnboardingDto> UpdateAsync(UpdateOnboardingDto input, CancellationToken cancellationToken = default);
}
