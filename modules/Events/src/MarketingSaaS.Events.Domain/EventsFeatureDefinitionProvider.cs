using MarketingSaaS.Framework.Features;

namespace MarketingSaaS.Events;

public sealed class EventsFeatureDefinitionProvider : FeatureDefinitionProvider
{
    public override void Define(FeatureDefinitionContext context) => context.AddModuleSwitch(EventsFeatures.ModuleName);
}
