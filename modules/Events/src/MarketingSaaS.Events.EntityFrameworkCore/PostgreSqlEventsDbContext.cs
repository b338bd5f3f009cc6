using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Events.EntityFrameworkCore;

/// <summary>Carries the PostgreSQL migrations; everything else is in <see cref="EventsDbContext"/>.</summary>
public sealed class PostgreSqlEventsDbContext(DbContextOptions options, MarketingDbContextDependencies dependencies)
    : EventsDbContext(options, dependencies);
