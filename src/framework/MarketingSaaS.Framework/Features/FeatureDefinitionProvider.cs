namespace MarketingSaaS.Framework.Features;

public abstract class FeatureDefinitionProvider
{
    public abstract void Define(FeatureDefinitionContext context);
}
