using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Events.EntityFrameworkCore;

/// <summary>Carries the SQLite migrations; everything else is in <see cref="EventsDbContext"/>.</summary>
[ReplacesMigrationChain("20261202002953_EventTemplatePlan")]
public sealed class SqliteEventsDbContext(DbContextOptions options, MarketingDbContextDependencies dependencies)
    : EventsDbContext(options, dependencies);
