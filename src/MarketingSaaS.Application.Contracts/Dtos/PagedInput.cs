using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Dtos;

/// <summary>Bounded paging: at most 1000 rows a page.</summary>
public class PagedInput
{
    public const int MaxPageSize = 1000;

    [Range(0, int.MaxValue)]
    public int SkipCount { get; set; }

    [Range(1, MaxPageSize)]
    public int MaxResultCount { get; set; } = 20;

    /// <summary>Free-text filter; each list decides which fields it searches.</summary>
    [StringLength(128)]
    public string? Filter { get; set; }
}
