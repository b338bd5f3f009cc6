using MarketingSaaS.Framework.TextTemplating;

namespace MarketingSaaS.TextTemplates;

/// <summary>Gives the renderer the current tenant's overrides (the tenant filter does the scoping).</summary>
public sealed class TextTemplateOverrideStore(ITextTemplateOverrideRepository overrides) : ITemplateContentStore
{
    public async Task<string?> FindOverrideAsync(string name, string culture, CancellationToken cancellationToken = default) =>
        (await overrides.FindAsync(name, culture, cancellationToken))?.Content;
}
