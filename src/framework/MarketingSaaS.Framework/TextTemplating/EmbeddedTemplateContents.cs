using System.Collections.Concurrent;

namespace MarketingSaaS.Framework.TextTemplating;

/// <summary>Default texts embedded as <c>Templates/{name}/{culture}.hbs</c> (LogicalName), falling back to English.</summary>
public sealed class EmbeddedTemplateContents
{
    private readonly ConcurrentDictionary<(string Name, string Culture), string?> _cache = new();

    public string Get(TemplateDefinition definition, string culture) =>
        Find(definition, culture) ?? Find(definition, MarketingSaaS.Framework.Localization.LocalizationResourceRegistry.DefaultCulture)
        ?? throw new InvalidOperationException($"Template '{definition.Name}' has no embedded text 'Templates/{definition.Name}/en.hbs'.");

    private string? Find(TemplateDefinition definition, string culture) =>
        _cache.GetOrAdd((definition.Name, culture), key =>
        {
            // RecursiveDir in the LogicalName is written with the build machine's separator.
            using var stream = definition.ResourceAssembly.GetManifestResourceStream($"Templates/{key.Name}/{key.Culture}.hbs")
                ?? definition.ResourceAssembly.GetManifestResourceStream($"Templates/{key.Name}\\{key.Culture}.hbs");
            if (stream is null)
            {
                return null;
            }

            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        });
}
