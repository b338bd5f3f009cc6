namespace MarketingSaaS.Framework.Settings;

/// <param name="isEditable">False: set only by the platform's own code (e.g. the company logo's file id), never through the settings API.</param>
public sealed class SettingDefinition(string name, string? defaultValue, bool isVisibleToClients, bool isEditable = true)
{
    public string Name { get; } = name;

    public string? DefaultValue { get; } = defaultValue;

    public bool IsVisibleToClients { get; } = isVisibleToClients;

    public bool IsEditable { get; } = isEditable;
}
