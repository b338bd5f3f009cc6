using MarketingSaaS.Framework.Settings;

namespace MarketingSaaS.Framework.Tests.Helpers;

public sealed class FakeSettingValueStore : ISettingValueStore
{
    private readonly Dictionary<(string, Guid?), Dictionary<string, string>> _values = [];

    public Task<IReadOnlyDictionary<string, string>> GetValuesAsync(string providerName, Guid? providerKey, CancellationToken cancellationToken = default)
    {
        IReadOnlyDictionary<string, string> values = _values.TryGetValue((providerName, providerKey), out var found)
            ? new Dictionary<string, string>(found)
            : new Dictionary<string, string>();
        return Task.FromResult(values);
    }

    public Task SetAsync(string providerName, Guid? providerKey, string name, string? value, CancellationToken cancellationToken = default)
    {
        if (!_values.TryGetValue((providerName, providerKey), out var values))
        {
            _values[(providerName, providerKey)] = values = [];
        }

        if (value is null)
        {
            values.Remove(name);
        }
        else
        {
            values[name] = value;
        }

        return Task.CompletedTask;
    }
}
