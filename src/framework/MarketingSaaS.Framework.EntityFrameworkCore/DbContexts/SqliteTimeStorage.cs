using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;

/// <summary>
/// SQLite cannot compare or order DateTimeOffset columns in SQL. Stored as UTC ticks (every value written is
/// UTC), the integers order like the times, so date filters and sorting run in the database on both providers.
/// </summary>
public static class SqliteTimeStorage
{
    public static ModelBuilder StoreTimesAsUtcTicks(this ModelBuilder modelBuilder, Func<Type, bool> entityFilter)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => !t.IsOwned() && entityFilter(t.ClrType)).ToList())
        {
            foreach (var property in entityType.GetProperties().Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)).ToList())
            {
                property.SetValueConverter(new DateTimeOffsetToBinaryConverter());
            }
        }

        return modelBuilder;
    }
}
