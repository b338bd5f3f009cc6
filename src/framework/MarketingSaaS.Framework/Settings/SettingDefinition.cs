namespace MarketingSaaS.Framework.Settings;

public sealed class SettingDefinition(string name, string? defaultValue, bool isVisibleToClients)
{
    public string Name { get; } = name;

    public string? DefaultValue { get; } = defaultValue;

    public bool IsVisibleToClients { get; } = isVisibleToClients;
}
