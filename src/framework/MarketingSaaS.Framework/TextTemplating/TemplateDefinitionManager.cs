using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Framework.TextTemplating;

public sealed class TemplateDefinitionManager
{
    private readonly Lazy<IReadOnlyDictionary<string, TemplateDefinition>> _definitions;

    public TemplateDefinitionManager(IEnumerable<TemplateDefinitionProvider> providers)
    {
        _definitions = new Lazy<IReadOnlyDictionary<string, TemplateDefinition>>(() =>
        {
            var context = new TemplateDefinitionContext();
            foreach (var provider in providers)
            {
                provider.Define(context);
            }

            return context.Templates.ToDictionary(t => t.Name, StringComparer.Ordinal);
        });
    }

    public IEnumerable<TemplateDefinition> All => _definitions.Value.Values;

    public TemplateDefinition? GetOrNull(string name) => _definitions.Value.GetValueOrDefault(name);

    /// <summary>Throws 404 <see cref="TextTemplatingErrorCodes.TemplateNotFound"/> for an unknown name.</summary>
    public TemplateDefinition Get(string name) => GetOrNull(name) ?? throw NotFound(name);

    public static BusinessException NotFound(string name) =>
        new(TextTemplatingErrorCodes.TemplateNotFound, new Dictionary<string, object?> { ["name"] = name }, 404);
}
