using MarketingSaaS.Framework.Features;

namespace MarketingSaaS.Framework.Tests.Helpers;

public sealed class FakeFeatureValueStore : IFeatureValueStore
{
    private readonly Dictionary<(string, Guid), Dictionary<string, string>> _values = [];

    public void Set(string providerName, Guid providerKey, string feature, string value)
    {
        if (!_values.TryGetValue((providerName, providerKey), out var values))
        {
            _values[(providerName, providerKey)] = values = [];
        }

        values[feature] = value;
    }

    public Task<IReadOnlyDictionary<string, string>> GetValuesAsync(string providerName, Guid providerKey, CancellationToken cancellationToken = default)
    {
        IReadOnlyDictionary<string, string> values = _values.TryGetValue((providerName, providerKey), out var found)
            ? new Dictionary<string, string>(found)
            : new Dictionary<string, string>();
        return Task.FromResult(values);
    }
}
