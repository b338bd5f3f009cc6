namespace MarketingSaaS.Onboarding;

/// <summary>One step of the checklist: its name (see <see cref="OnboardingSteps"/>) and whether the company's data shows it done.</summary>
public sealed record OnboardingStepDto(string Name, bool IsDone);
