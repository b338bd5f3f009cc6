using MarketingSaaS.Membership.EntityFrameworkCore.Items;
using MarketingSaaS.Membership.Items;
using MarketingSaaS.Framework.EntityFrameworkCore;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Membership.EntityFrameworkCore;

/// <summary>Registers <see cref="MembershipDbContext"/>: the migrator finds it through its registration and migrates it after the platform.</summary>
[DependsOn(typeof(MembershipDomainModule), typeof(FrameworkEntityFrameworkCoreModule))]
public sealed class MembershipEntityFrameworkCoreModule : MarketingModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        context.Services.AddModuleDbContext<MembershipDbContext, SqliteMembershipDbContext, PostgreSqlMembershipDbContext>(
            MembershipFeatures.ModuleName,
            (o, d) => new SqliteMembershipDbContext(o, d),
            (o, d) => new PostgreSqlMembershipDbContext(o, d));
        context.Services.AddScoped<IMembershipItemRepository, MembershipItemRepository>();
    }
}
