namespace MarketingSaaS.Approvals;

/// <summary>战术级 / 战役级 / 战略级.</summary>
public enum RiskTier
{
    Tactical = 0,
    Campaign = 1,
    Strategic = 2,
}
