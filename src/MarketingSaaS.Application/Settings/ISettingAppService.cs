namespace MarketingSaaS.Settings;

public interface ISettingAppService
{
    /// <summary>The company's settings that clients may see, with their current values.</summary>
    Task<IReadOnlyList<SettingDto>> GetListAsync(CancellationToken cancellationToken = default);

    /// <summary>Sets company values (400 with field errors keyed by setting name when one is invalid).</summary>
    Task<IReadOnlyList<SettingDto>> UpdateAsync(UpdateSettingsDto input, CancellationToken cancellationToken = default);

    /// <summary>Remembers the signed-in user's own language.</summary>
    Task UpdateMyCultureAsync(UpdateMyCultureDto input, CancellationToken cancellationToken = default);
}
