using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore;

/// <summary>Carries the PostgreSQL migrations; everything else is in <see cref="PlatformDbContext"/>.</summary>
public sealed class PostgreSqlPlatformDbContext(DbContextOptions options, MarketingDbContextDependencies dependencies)
    : PlatformDbContext(options, dependencies);
