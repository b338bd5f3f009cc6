using System.Globalization;
using MarketingSaaS.Framework.Settings;

namespace MarketingSaaS.Identity.Invitations;

/// <summary>How long a link works: the setting <see cref="InvitationConsts.ValidDaysSetting"/> (1–365 days, else the default).</summary>
public sealed class InvitationValidity(ISettingProvider settings, TimeProvider clock)
{
    public async Task<(DateTimeOffset ExpiresAt, int Days)> ExpiryFromNowAsync(CancellationToken cancellationToken = default)
    {
        var value = await settings.GetOrNullAsync(InvitationConsts.ValidDaysSetting, cancellationToken);
        var days = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 1 and <= 365
            ? parsed
            : InvitationConsts.DefaultValidDays;
        return (clock.GetUtcNow().AddDays(days), days);
    }
}
