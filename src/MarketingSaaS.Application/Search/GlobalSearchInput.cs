using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Framework.Search;

namespace MarketingSaaS.Search;

public sealed class GlobalSearchInput
{
    /// <summary>What the user typed in the global search box: 2 to 100 characters, or one Chinese character.</summary>
    [Required]
    [SearchText]
    public string Q { get; init; } = "";

    /// <summary>At most this many results of each kind.</summary>
    [Range(1, 20)]
    public int? Max { get; init; }
}
