namespace MarketingSaaS.Framework.TextTemplating;

/// <summary>The current tenant's own text of a template, if it overrode the default.</summary>
public interface ITemplateContentStore
{
    Task<string?> FindOverrideAsync(string name, string culture, CancellationToken cancellationToken = default);
}
