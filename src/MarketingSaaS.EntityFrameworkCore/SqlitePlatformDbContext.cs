using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore;

/// <summary>Carries the SQLite migrations; everything else is in <see cref="PlatformDbContext"/>.</summary>
[ReplacesMigrationChain("20261122041307_ApprovalReturnToStage")]
public sealed class SqlitePlatformDbContext(DbContextOptions options, MarketingDbContextDependencies dependencies)
    : PlatformDbContext(options, dependencies);
