using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Events.EntityFrameworkCore;

/// <summary>Carries the SQLite migrations; everything else is in <see cref="EventsDbContext"/>.</summary>
public sealed class SqliteEventsDbContext(DbContextOptions options, MarketingDbContextDependencies dependencies)
    : EventsDbContext(options, dependencies);
