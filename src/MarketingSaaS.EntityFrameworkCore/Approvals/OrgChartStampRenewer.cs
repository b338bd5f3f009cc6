using MarketingSaaS.Approvals;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Identity;
using MarketingSaaS.OrganizationUnits;
using MarketingSaaS.Positions;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Approvals;

/// <summary>
/// Before a save: renews the <see cref="OrgChartStamp"/> of every company whose units, positions, position units or
/// holders change in it (or that deletes a user, whose holder rows go by cascade), so the new stamp commits (or rolls back) with the change.
/// </summary>
internal static class OrgChartStampRenewer
{
    public static async Task RenewAsync(DbContext context, CancellationToken cancellationToken)
    {
        foreach (var tenantId in ChangedTenants(context))
        {
            var stamp = context.Set<OrgChartStamp>().Local.FirstOrDefault(s => s.TenantId == tenantId)
                ?? await context.Set<OrgChartStamp>().IgnoreQueryFilters().FirstOrDefaultAsync(s => s.TenantId == tenantId, cancellationToken);
            Renew(context, tenantId, stamp);
        }
    }

    public static void Renew(DbContext context)
    {
        foreach (var tenantId in ChangedTenants(context))
        {
            var stamp = context.Set<OrgChartStamp>().Local.FirstOrDefault(s => s.TenantId == tenantId)
                ?? context.Set<OrgChartStamp>().IgnoreQueryFilters().FirstOrDefault(s => s.TenantId == tenantId);
            Renew(context, tenantId, stamp);
        }
    }

    private static void Renew(DbContext context, Guid tenantId, OrgChartStamp? stamp)
    {
        if (stamp is null)
        {
            context.Add(new OrgChartStamp(tenantId));
        }
        else
        {
            stamp.Renew();
        }
    }

    private static List<Guid> ChangedTenants(DbContext context) =>
        [.. context.ChangeTracker.Entries()
            .Where(e => (e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                    && e.Entity is OrganizationUnit or Position or PositionUnit or PositionHolder)
                // Deleting a user deletes their PositionHolder rows by cascade in the database, unseen by the change tracker.
                || (e.State == EntityState.Deleted && e.Entity is AppUser))
            .Select(e => ((IMultiTenant)e.Entity).TenantId is var id && id != Guid.Empty ? id : CurrentTenantOf(e.Context))
            .Where(id => id != Guid.Empty)
            .Distinct()];

    private static Guid CurrentTenantOf(DbContext context) =>
        context is PlatformDbContext platform ? platform.CurrentTenantIdOrEmpty : Guid.Empty;
}
