using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Events.EntityFrameworkCore.Migrations.PostgreSql;

/// <summary>Carries the PostgreSQL migrations; everything else is in <see cref="EventsDbContext"/>.</summary>
public sealed class PostgreSqlEventsDbContext(DbContextOptions options, MarketingDbContextDependencies dependencies)
    : EventsDbContext(options, dependencies);
