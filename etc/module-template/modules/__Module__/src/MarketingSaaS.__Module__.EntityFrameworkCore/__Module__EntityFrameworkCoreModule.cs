using MarketingSaaS.__Module__.EntityFrameworkCore.Items;
using MarketingSaaS.__Module__.Items;
using MarketingSaaS.Framework.EntityFrameworkCore;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.__Module__.EntityFrameworkCore;

/// <summary>Registers <see cref="__Module__DbContext"/>: the migrator finds it through its registration and migrates it after the platform.</summary>
[DependsOn(typeof(__Module__DomainModule), typeof(FrameworkEntityFrameworkCoreModule))]
public sealed class __Module__EntityFrameworkCoreModule : MarketingModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        context.Services.AddModuleDbContext<__Module__DbContext, Sqlite__Module__DbContext, PostgreSql__Module__DbContext>(
            __Module__Features.ModuleName,
            (o, d) => new Sqlite__Module__DbContext(o, d),
            (o, d) => new PostgreSql__Module__DbContext(o, d));
        context.Services.AddScoped<I__Module__ItemRepository, __Module__ItemRepository>();
    }
}
