using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore;

/// <summary>Carries the SQLite migrations; everything else is in <see cref="PlatformDbContext"/>.</summary>
public sealed class SqlitePlatformDbContext(DbContextOptions options, MarketingDbContextDependencies dependencies)
    : PlatformDbContext(options, dependencies);
