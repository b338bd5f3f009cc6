using MarketingSaaS.EntityFrameworkCore;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.HttpApi.Tests.BackgroundJobs;

/// <summary>Records the current tenant and the tenants of every role row it can read.</summary>
public sealed class TenantProbeJob(TestJobRecorder recorder, ICurrentTenant currentTenant, IDbContextProvider<PlatformDbContext> contexts) : IBackgroundJob<TenantProbeJobArgs>
{
    public async Task ExecuteAsync(TenantProbeJobArgs args, CancellationToken cancellationToken)
    {
        var db = await contexts.GetDbContextAsync(cancellationToken);
        var tenants = await db.Roles.Select(r => r.TenantId).Distinct().ToListAsync(cancellationToken);
        recorder.TenantProbes[args.Key] = (currentTenant.Id, tenants);
        recorder.Runs.AddOrUpdate(args.Key, 1, (_, n) => n + 1);
    }
}
