namespace MarketingSaaS.Framework.Features;

public sealed class FeatureDefinitionManager
{
    private readonly Lazy<IReadOnlyDictionary<string, FeatureDefinition>> _definitions;

    public FeatureDefinitionManager(IEnumerable<FeatureDefinitionProvider> providers)
    {
        _definitions = new Lazy<IReadOnlyDictionary<string, FeatureDefinition>>(() =>
        {
            var context = new FeatureDefinitionContext();
            foreach (var provider in providers)
            {
                provider.Define(context);
            }

            return context.Features.ToDictionary(f => f.Name, StringComparer.Ordinal);
        });
    }

    public IEnumerable<FeatureDefinition> All => _definitions.Value.Values;

    public FeatureDefinition? GetOrNull(string name) => _definitions.Value.GetValueOrDefault(name);
}
