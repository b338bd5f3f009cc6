using MarketingSaaS.Framework.Features;

namespace MarketingSaaS.Features;

public sealed class MarketingSaaSFeatureDefinitionProvider : FeatureDefinitionProvider
{
    public override void Define(FeatureDefinitionContext context)
    {
        context.Add(MarketingSaaSFeatures.MaxUserCount, "200");
    }
}
