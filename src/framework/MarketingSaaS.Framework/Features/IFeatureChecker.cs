namespace MarketingSaaS.Framework.Features;

public interface IFeatureChecker
{
    Task<string?> GetValueAsync(string featureName, CancellationToken cancellationToken = default);

    Task<bool> IsEnabledAsync(string featureName, CancellationToken cancellationToken = default);
}
