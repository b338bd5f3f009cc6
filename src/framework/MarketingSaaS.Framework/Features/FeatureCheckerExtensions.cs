namespace MarketingSaaS.Framework.Features;

public static class FeatureCheckerExtensions
{
    /// <summary>For a definition that a module's switch may gate (settings, templates): true when ungated or the feature is on.</summary>
    public static async Task<bool> IsEnabledOrUngatedAsync(this IFeatureChecker features, string? requiredFeature, CancellationToken cancellationToken = default) =>
        requiredFeature is null || await features.IsEnabledAsync(requiredFeature, cancellationToken);
}
