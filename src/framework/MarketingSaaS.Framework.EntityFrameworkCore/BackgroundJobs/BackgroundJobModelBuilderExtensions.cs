using MarketingSaaS.Framework.BackgroundJobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MarketingSaaS.Framework.EntityFrameworkCore.BackgroundJobs;

public static class BackgroundJobModelBuilderExtensions
{
    public const string JobsTable = "BackgroundJobs";
    public const string SchedulesTable = "BackgroundJobSchedules";

    /// <summary>
    /// Maps the queue into a context, so that enqueuing joins that context's SaveChanges (outbox).
    /// <paramref name="isSqlite"/>: SQLite cannot compare DateTimeOffset text, so times are stored as sortable integers there.
    /// </summary>
    public static ModelBuilder ConfigureBackgroundJobs(this ModelBuilder modelBuilder, bool isSqlite)
    {
        modelBuilder.Entity<BackgroundJobRecord>(b =>
        {
            b.ToTable(JobsTable);
            b.Property(j => j.JobName).HasMaxLength(256);
            b.Property(j => j.IdempotencyKey).HasMaxLength(256);
            b.Property(j => j.State).HasConversion<string>().HasMaxLength(16);
            b.Property(j => j.LeaseOwner).HasMaxLength(100);
            b.HasIndex(j => new { j.IdempotencyScope, j.IdempotencyKey }).IsUnique();
            b.HasIndex(j => new { j.State, j.NextTryTime });
            b.HasIndex(j => new { j.TenantId, j.State });
            if (isSqlite)
            {
                StoreTimesAsIntegers(b.Metadata.ClrType, modelBuilder);
            }
        });
        modelBuilder.Entity<RecurringJobSchedule>(b =>
        {
            b.ToTable(SchedulesTable);
            b.Property(s => s.Name).HasMaxLength(128);
            b.Property(s => s.JobName).HasMaxLength(256);
            b.Property(s => s.CronExpression).HasMaxLength(128);
            b.Property(s => s.TimeZoneId).HasMaxLength(64);
            b.HasIndex(s => new { s.Scope, s.Name }).IsUnique();
            b.HasIndex(s => s.NextRunTime);
            if (isSqlite)
            {
                StoreTimesAsIntegers(b.Metadata.ClrType, modelBuilder);
            }
        });
        return modelBuilder;
    }

    private static void StoreTimesAsIntegers(Type entityType, ModelBuilder modelBuilder)
    {
        foreach (var property in entityType.GetProperties().Where(p => p.PropertyType == typeof(DateTimeOffset) || p.PropertyType == typeof(DateTimeOffset?)))
        {
            // UTC ticks: every value written is UTC, so the integers order like the times.
            modelBuilder.Entity(entityType).Property(property.Name).HasConversion(new DateTimeOffsetToBinaryConverter());
        }
    }
}
