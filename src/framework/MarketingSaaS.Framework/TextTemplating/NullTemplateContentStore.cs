namespace MarketingSaaS.Framework.TextTemplating;

/// <summary>No overrides: every tenant gets the embedded defaults.</summary>
public sealed class NullTemplateContentStore : ITemplateContentStore
{
    public Task<string?> FindOverrideAsync(string name, string culture, CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);
}
