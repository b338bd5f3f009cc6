namespace MarketingSaaS.Onboarding;

public sealed record OnboardingDto(IReadOnlyList<OnboardingStepDto> Steps, int DoneCount, bool IsDismissed);
