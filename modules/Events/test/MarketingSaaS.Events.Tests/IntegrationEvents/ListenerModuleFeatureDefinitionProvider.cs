using MarketingSaaS.Framework.Features;

namespace MarketingSaaS.Events.Tests.IntegrationEvents;

/// <summary>A second optional module, "Listener", off by default, that subscribes to Events' integration events.</summary>
public sealed class ListenerModuleFeatureDefinitionProvider : FeatureDefinitionProvider
{
    public const string Switch = "Modules.Listener";

    public override void Define(FeatureDefinitionContext context) => context.AddModuleSwitch("Listener");
}
