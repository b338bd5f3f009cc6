namespace MarketingSaaS.Processes;

public sealed class GetProcessInstanceListInput
{
    public Guid? TemplateId { get; set; }
}
