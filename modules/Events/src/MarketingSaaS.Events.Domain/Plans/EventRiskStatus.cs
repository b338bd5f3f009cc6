namespace MarketingSaaS.Events.Plans;

public enum EventRiskStatus
{
    Open = 0,
    Mitigated = 1,
    Closed = 2,
}
