using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Tenants;

public sealed class UpdateTenantDto
{
    [Required, StringLength(TenantConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    /// <summary>The stamp the client read; a stale one answers 409. Null: last write wins.</summary>
    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}
