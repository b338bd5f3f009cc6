using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Settings;

/// <summary>Values by setting name; only the named settings change, a null value returns to the platform's value.</summary>
public sealed class UpdateSettingsDto
{
    [Required]
    public Dictionary<string, string?> Values { get; set; } = [];
}
