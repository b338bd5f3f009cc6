using MarketingSaaS.Framework.Modularity.Manifests;

namespace MarketingSaaS.Events.Tests.IntegrationEvents;

/// <summary>A second optional module, "Listener", off by default, that subscribes to Events' integration events.</summary>
public sealed class ListenerModuleManifest : IModuleManifest
{
    public const string Switch = "Modules.Listener";

    public string Name => "Listener";

    public void Describe(ModuleManifestBuilder module) => module.WorksWith("Events");
}
