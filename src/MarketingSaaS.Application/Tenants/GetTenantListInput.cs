using MarketingSaaS.Dtos;

namespace MarketingSaaS.Tenants;

/// <summary><see cref="PagedInput.Filter"/> is found in the name or the slug.</summary>
public sealed class GetTenantListInput : PagedInput
{
    public bool? IsActive { get; set; }
}
