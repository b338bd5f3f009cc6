namespace MarketingSaaS.Framework.AspNetCore.MultiTenancy;

public sealed class MultiTenancyOptions
{
    public const string TenantKey = "__tenant";

    /// <summary>Requests to "{tenant}.{BaseDomain}" name their tenant by sub-domain; null switches that off.</summary>
    public string? BaseDomain { get; set; }
}
