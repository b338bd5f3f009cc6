using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Editions;

public sealed class UpdateEditionDto
{
    [Required, StringLength(EditionConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    /// <summary>The stamp the client read; a stale one answers 409. Null: last write wins.</summary>
    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}
