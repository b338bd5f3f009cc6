namespace MarketingSaaS.Framework.Settings;

public sealed class SettingDefinitionContext
{
    private readonly List<SettingDefinition> _settings = [];

    public IReadOnlyList<SettingDefinition> Settings => _settings;

    public SettingDefinition Add(string name, string? defaultValue, bool isVisibleToClients = false, bool isEditable = true)
    {
        var setting = new SettingDefinition(name, defaultValue, isVisibleToClients, isEditable);
        _settings.Add(setting);
        return setting;
    }
}
