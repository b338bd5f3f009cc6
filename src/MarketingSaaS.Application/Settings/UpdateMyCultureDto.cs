using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Settings;

public sealed class UpdateMyCultureDto
{
    [Required, StringLength(16)]
    public string Culture { get; set; } = "";
}
