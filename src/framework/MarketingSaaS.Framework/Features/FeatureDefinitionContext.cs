namespace MarketingSaaS.Framework.Features;

public sealed class FeatureDefinitionContext
{
    private readonly List<FeatureDefinition> _features = [];

    public IReadOnlyList<FeatureDefinition> Features => _features;

    public FeatureDefinition Add(string name, string defaultValue = "false", bool isVisibleToClients = true)
    {
        var feature = new FeatureDefinition(name, defaultValue, isVisibleToClients);
        _features.Add(feature);
        return feature;
    }

    /// <summary>A switch for an optional module: feature "Modules.{moduleName}", off by default.</summary>
    public FeatureDefinition AddModuleSwitch(string moduleName, bool enabledByDefault = false) =>
        Add(ModuleFeatures.For(moduleName), enabledByDefault ? "true" : "false");
}
