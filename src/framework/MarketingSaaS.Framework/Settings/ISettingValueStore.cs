namespace MarketingSaaS.Framework.Settings;

/// <summary>Stored values of one scope: user ("U", user id), tenant ("T", tenant id) or global ("G", null).</summary>
public interface ISettingValueStore
{
    Task<IReadOnlyDictionary<string, string>> GetValuesAsync(string providerName, Guid? providerKey, CancellationToken cancellationToken = default);

    Task SetAsync(string providerName, Guid? providerKey, string name, string? value, CancellationToken cancellationToken = default);
}
