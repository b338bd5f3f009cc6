using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.__Module__.EntityFrameworkCore;

/// <summary>Carries the PostgreSQL migrations; everything else is in <see cref="__Module__DbContext"/>.</summary>
public sealed class PostgreSql__Module__DbContext(DbContextOptions options, MarketingDbContextDependencies dependencies)
    : __Module__DbContext(options, dependencies);
