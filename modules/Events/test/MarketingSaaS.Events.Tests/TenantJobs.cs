using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Events.Tests;

/// <summary>Runs a company's job the way its schedule would: queued in the company's context, then drained by the host's worker.</summary>
internal static class TenantJobs
{
    public static async Task RunJobAsync<TArgs>(this ApiFixture fixture, Guid tenantId, TArgs args)
        where TArgs : notnull
    {
        using (var scope = fixture.Services.CreateScope())
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            await scope.ServiceProvider.GetRequiredService<IBackgroundJobManager>().EnqueueAsync(args);
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }

        var worker = fixture.Services.GetRequiredService<BackgroundJobWorker>();
        while (await worker.RunOnceAsync() > 0)
        {
        }
    }
}
