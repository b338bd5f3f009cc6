namespace MarketingSaaS.Framework.Settings;

public interface ISettingProvider
{
    Task<string?> GetOrNullAsync(string name, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<string, string?>> GetAllAsync(IEnumerable<SettingDefinition> definitions, CancellationToken cancellationToken = default);
}
