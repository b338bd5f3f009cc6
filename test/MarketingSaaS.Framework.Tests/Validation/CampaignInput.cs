using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Framework.Tests.Validation;

public sealed class CampaignInput
{
    [Required]
    [StringLength(64, MinimumLength = 1)]
    public string? Name { get; set; }
}
