namespace MarketingSaaS.Framework.Settings;

public sealed class SettingDefinitionManager
{
    private readonly Lazy<IReadOnlyDictionary<string, SettingDefinition>> _definitions;

    public SettingDefinitionManager(IEnumerable<SettingDefinitionProvider> providers)
    {
        _definitions = new Lazy<IReadOnlyDictionary<string, SettingDefinition>>(() =>
        {
            var context = new SettingDefinitionContext();
            foreach (var provider in providers)
            {
                provider.Define(context);
            }

            return context.Settings.ToDictionary(s => s.Name, StringComparer.Ordinal);
        });
    }

    public IEnumerable<SettingDefinition> All => _definitions.Value.Values;

    public SettingDefinition? GetOrNull(string name) => _definitions.Value.GetValueOrDefault(name);
}
