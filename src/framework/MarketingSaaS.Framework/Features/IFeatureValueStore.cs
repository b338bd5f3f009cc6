namespace MarketingSaaS.Framework.Features;

/// <summary>Stored feature values of one tenant ("T", tenant id) or one edition ("E", edition id).</summary>
public interface IFeatureValueStore
{
    Task<IReadOnlyDictionary<string, string>> GetValuesAsync(string providerName, Guid providerKey, CancellationToken cancellationToken = default);
}
