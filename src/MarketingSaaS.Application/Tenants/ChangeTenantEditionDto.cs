using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Tenants;

public sealed class ChangeTenantEditionDto
{
    /// <summary>Null: no edition (feature defaults apply).</summary>
    public Guid? EditionId { get; set; }

    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}
