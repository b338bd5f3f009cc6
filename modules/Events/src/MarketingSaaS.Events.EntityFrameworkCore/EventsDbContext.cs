using MarketingSaaS.Events.EventTemplates;
using MarketingSaaS.Events.Expenses;
using MarketingSaaS.Events.Figures;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Plans;
using MarketingSaaS.Events.Reviews;
using MarketingSaaS.Events.Registrations;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Events.EntityFrameworkCore;

/// <summary>
/// The Events module's tables: same database as the platform, its own migrations history; on PostgreSQL in the
/// schema <c>events</c>, on SQLite named <c>Events_…</c> (<see cref="ModuleTables"/>).
/// </summary>
public abstract class EventsDbContext(DbContextOptions options, MarketingDbContextDependencies dependencies)
    : MarketingDbContext(options, dependencies)
{
    protected override string ModuleName => EventsFeatures.ModuleName;

    public DbSet<MarketingEvent> MarketingEvents => Set<MarketingEvent>();

    public DbSet<EventExpense> EventExpenses => Set<EventExpense>();

    public DbSet<EventReview> EventReviews => Set<EventReview>();

    public DbSet<EventReviewFollowUp> EventReviewFollowUps => Set<EventReviewFollowUp>();

    public DbSet<EventAttributedRevenue> EventAttributedRevenues => Set<EventAttributedRevenue>();
    public DbSet<EventRegistrationSettings> EventRegistrationSettings => Set<EventRegistrationSettings>();

    public DbSet<EventRegistration> EventRegistrations => Set<EventRegistration>();

    public DbSet<EventTask> EventTasks => Set<EventTask>();

    public DbSet<EventMilestone> EventMilestones => Set<EventMilestone>();

    public DbSet<EventRisk> EventRisks => Set<EventRisk>();

    public DbSet<EventRehearsalReminder> EventRehearsalReminders => Set<EventRehearsalReminder>();

    public DbSet<EventTemplate> EventTemplates => Set<EventTemplate>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EventsDbContext).Assembly);
        if (Database.IsSqlite())
        {
            modelBuilder.StoreTimesAsUtcTicks(t => t.Namespace?.StartsWith("MarketingSaaS.Events", StringComparison.Ordinal) == true);
        }

        ApplyConventions(modelBuilder);
    }
}
