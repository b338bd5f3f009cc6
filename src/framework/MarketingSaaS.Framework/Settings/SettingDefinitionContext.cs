namespace MarketingSaaS.Framework.Settings;

public sealed class SettingDefinitionContext
{
    private readonly List<SettingDefinition> _settings = [];

    public IReadOnlyList<SettingDefinition> Settings => _settings;

    public SettingDefinition Add(string name, string? defaultValue, bool isVisibleToClients = false)
    {
        var setting = new SettingDefinition(name, defaultValue, isVisibleToClients);
        _settings.Add(setting);
        return setting;
    }
}
