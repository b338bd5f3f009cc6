namespace MarketingSaaS.ProcessTemplates;

public static class ProcessTemplateConsts
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 128;
    public const int MaxCategoryLength = 64;
    public const int MaxSteps = 50;
    public const int MaxDeliverablesPerStep = 20;
    public const int MaxResponsiblePositions = 20;
    public const int MinPlannedDays = 1;
    public const int MaxPlannedDays = 365;
    public const int MaxParallelGroup = 100;
}
