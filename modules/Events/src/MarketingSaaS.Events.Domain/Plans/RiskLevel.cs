namespace MarketingSaaS.Events.Plans;

public enum RiskLevel
{
    Low = 0,
    Medium = 1,
    High = 2,
}
