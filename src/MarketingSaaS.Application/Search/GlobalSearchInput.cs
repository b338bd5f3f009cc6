using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Search;

public sealed class GlobalSearchInput
{
    /// <summary>What the user typed in the global search box.</summary>
    [Required]
    [StringLength(100, MinimumLength = 2)]
    public string Q { get; init; } = "";

    /// <summary>At most this many results of each kind.</summary>
    [Range(1, 20)]
    public int? Max { get; init; }
}
