namespace MarketingSaaS.ProcessTemplates;

public sealed class GetProcessTemplateListInput
{
    public string? Filter { get; set; }
}
