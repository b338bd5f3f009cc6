namespace MarketingSaaS.Framework.TextTemplating;

/// <summary>The text a tenant's template renders: its override for the culture, else the embedded default.</summary>
public sealed class TemplateContentProvider(EmbeddedTemplateContents defaults, ITemplateContentStore store)
{
    public string GetDefault(TemplateDefinition definition, string culture) => defaults.Get(definition, culture);

    public async Task<string> GetCurrentAsync(TemplateDefinition definition, string culture, CancellationToken cancellationToken = default) =>
        await store.FindOverrideAsync(definition.Name, culture, cancellationToken) ?? defaults.Get(definition, culture);
}
