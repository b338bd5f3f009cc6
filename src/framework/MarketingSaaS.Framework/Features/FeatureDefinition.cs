namespace MarketingSaaS.Framework.Features;

public sealed class FeatureDefinition(string name, string defaultValue, bool isVisibleToClients)
{
    public string Name { get; } = name;

    public string DefaultValue { get; } = defaultValue;

    public bool IsVisibleToClients { get; } = isVisibleToClients;

    public string DisplayNameKey => "Feature:" + Name;
}
