using MarketingSaaS.Framework.EntityFrameworkCore;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using MarketingSaaS.Framework.Modularity;

namespace MarketingSaaS.Framework.Tests.Helpers.Data;

[DependsOn(typeof(FrameworkEntityFrameworkCoreModule))]
public sealed class TestDataModule : MarketingModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        context.Services.AddMarketingDbContext<TestDbContext, TestDbContext, TestDbContext>(
            (options, dependencies) => new TestDbContext(options, dependencies),
            (options, dependencies) => new TestDbContext(options, dependencies),
            "__TestMigrationsHistory");
        context.Services.AddDefaultRepository<TestDbContext, Campaign, Guid>();
        context.Services.AddDefaultRepository<TestDbContext, Region, Guid>();
    }
}
