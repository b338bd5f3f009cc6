namespace MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;

/// <summary>EF Core named query filters: <c>IgnoreQueryFilters([DataFilterNames.SoftDelete])</c> keeps tenancy.</summary>
public static class DataFilterNames
{
    public const string MultiTenant = "MultiTenant";
    public const string SoftDelete = "SoftDelete";
}
