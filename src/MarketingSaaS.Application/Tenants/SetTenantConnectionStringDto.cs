using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Tenants;

public sealed class SetTenantConnectionStringDto
{
    /// <summary>The tenant's own database; null or empty moves it back to the shared database.</summary>
    [StringLength(TenantConsts.MaxConnectionStringLength)]
    public string? ConnectionString { get; set; }

    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}
