using MarketingSaaS.Membership.EntityFrameworkCore.Members;
using MarketingSaaS.Membership.EntityFrameworkCore.Points;
using MarketingSaaS.Membership.EntityFrameworkCore.Purchases;
using MarketingSaaS.Membership.Members;
using MarketingSaaS.Membership.Points;
using MarketingSaaS.Membership.Purchases;
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
        context.Services.AddScoped<IMemberRepository, MemberRepository>();
        context.Services.AddScoped<IMemberLedgerLock, MemberLedgerLock>();
        context.Services.AddScoped<IPurchaseRepository, PurchaseRepository>();
        context.Services.AddScoped<IPointsEntryRepository, PointsEntryRepository>();
    }
}
