using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore;

/// <summary>Carries the PostgreSQL migrations; everything else is in <see cref="PlatformDbContext"/>.</summary>
[ReplacesMigrationChain("20261122041323_ApprovalReturnToStage")]
public sealed class PostgreSqlPlatformDbContext(DbContextOptions options, MarketingDbContextDependencies dependencies)
    : PlatformDbContext(options, dependencies);
