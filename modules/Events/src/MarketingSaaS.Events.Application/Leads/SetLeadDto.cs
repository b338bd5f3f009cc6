namespace MarketingSaaS.Events.Leads;

public sealed class SetLeadDto
{
    public bool IsLead { get; set; } = true;
}
