using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.__Module__.Items;

public sealed class Update__Module__ItemDto
{
    [Required]
    [StringLength(__Module__ItemConsts.MaxNameLength, MinimumLength = 1)]
    public string Name { get; set; } = "";

    [StringLength(__Module__ItemConsts.MaxDescriptionLength)]
    public string? Description { get; set; }

    /// <summary>The stamp the client read: a change made meanwhile answers 409.</summary>
    [Required]
    public string? ConcurrencyStamp { get; set; }
}
