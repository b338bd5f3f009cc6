namespace MarketingSaaS.Framework.Tests.Validation;

public enum CampaignState
{
    Draft,
    Running,
}
