using MarketingSaaS.Features;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Features;

namespace MarketingSaaS.Identity;

/// <summary>The plan's user limit (feature <c>MaxUserCount</c>): 422 <c>MaxUserCountReached</c> when the new users would not fit.</summary>
public sealed class UserCountLimit(IFeatureChecker features, IAppUserRepository users)
{
    public async Task CheckAsync(int newUsers = 1, CancellationToken cancellationToken = default)
    {
        if (int.TryParse(await features.GetValueAsync(MarketingSaaSFeatures.MaxUserCount, cancellationToken), out var max)
            && await users.GetCountAsync(cancellationToken: cancellationToken) + newUsers > max)
        {
            throw new BusinessException(MarketingSaaSErrorCodes.MaxUserCountReached, new Dictionary<string, object?> { ["max"] = max });
        }
    }
}
