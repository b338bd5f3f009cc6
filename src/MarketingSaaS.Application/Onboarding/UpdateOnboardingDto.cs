namespace MarketingSaaS.Onboarding;

public sealed class UpdateOnboardingDto
{
    public bool IsDismissed { get; set; }
}
