using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Editions;

/// <summary>The features named are set (or, with a null value, cleared); the others keep their values.</summary>
public sealed class UpdateEditionFeaturesDto
{
    [Required, MaxLength(200)]
    public List<EditionFeatureValueDto> Features { get; set; } = [];
}
