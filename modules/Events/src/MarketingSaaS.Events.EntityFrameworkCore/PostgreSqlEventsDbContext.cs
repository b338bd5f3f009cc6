using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Events.EntityFrameworkCore;

/// <summary>Carries the PostgreSQL migrations; everything else is in <see cref="EventsDbContext"/>.</summary>
[ReplacesMigrationChain("20261202003008_EventTemplatePlan")]
public sealed class PostgreSqlEventsDbContext(DbContextOptions options, MarketingDbContextDependencies dependencies)
    : EventsDbContext(options, dependencies);
