using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Editions;

public sealed class EditionFeatureValueDto
{
    [Required, StringLength(EditionConsts.MaxFeatureNameLength)]
    public string Name { get; set; } = "";

    /// <summary>Null removes the edition's value, so the feature's default applies.</summary>
    [StringLength(EditionConsts.MaxFeatureValueLength)]
    public string? Value { get; set; }
}
