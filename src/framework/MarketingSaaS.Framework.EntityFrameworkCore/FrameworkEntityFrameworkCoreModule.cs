using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.PostgreSql;
using MarketingSaaS.Framework.EntityFrameworkCore.Uow;
using MarketingSaaS.Framework.Modularity;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Uow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MarketingSaaS.Framework.EntityFrameworkCore;

[DependsOn(typeof(FrameworkModule))]
public sealed class FrameworkEntityFrameworkCoreModule : MarketingModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        var services = context.Services;
        services.TryAddSingleton<PostgreSqlTenantSessionInterceptor>();
        services.TryAddSingleton<DbContextOptionsFactory>();
        services.TryAddScoped<MarketingDbContextDependencies>();
        services.TryAddScoped<IConnectionStringResolver, ConnectionStringResolver>();
        services.TryAddScoped<UnitOfWork>();
        services.TryAddScoped<IUnitOfWork>(sp => sp.GetRequiredService<UnitOfWork>());
        services.TryAddScoped(typeof(IDbContextProvider<>), typeof(DbContextProvider<>));
        services.TryAddScoped<Migrations.DatabaseMigrator>();
    }
}
