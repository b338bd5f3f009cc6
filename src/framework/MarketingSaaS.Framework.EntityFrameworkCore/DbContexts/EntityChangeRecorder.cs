using System.Reflection;
using System.Text.Json;
using MarketingSaaS.Framework.Auditing;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;

/// <summary>Turns tracked changes of tenant-owned entities into <see cref="EntityChangeLog"/> rows.</summary>
internal sealed class EntityChangeRecorder(DateTimeOffset now, Guid? userId, string? userName)
{
    private static readonly string[] SecretFragments = ["Password", "SecurityStamp", "ConcurrencyStamp", "Token", "Secret"];

    public List<(Guid TenantId, EntityChangeLog Log)> Logs { get; } = [];

    public void Record(EntityEntry entry)
    {
        if (entry.Entity is not IMultiTenant tenantOwned || entry.Entity is EntityChangeLog
            || entry.Metadata.ClrType.GetCustomAttribute<DisableAuditingAttribute>() is not null)
        {
            return;
        }

        var type = entry.State switch
        {
            EntityState.Added => EntityChangeType.Created,
            EntityState.Modified when entry.Entity is ISoftDelete { IsDeleted: true } && entry.Property(nameof(ISoftDelete.IsDeleted)).IsModified => EntityChangeType.Deleted,
            EntityState.Modified => EntityChangeType.Updated,
            EntityState.Deleted => EntityChangeType.Deleted,
            _ => (EntityChangeType?)null,
        };
        if (type is null)
        {
            return;
        }

        var changes = entry.Properties
            .Where(p => IsAudited(p) && (type != EntityChangeType.Updated || p.IsModified))
            .Where(p => type != EntityChangeType.Updated || !Equals(p.OriginalValue, p.CurrentValue))
            .Select(p => new PropertyChange(
                p.Metadata.Name,
                type == EntityChangeType.Created ? null : Format(p.OriginalValue),
                type == EntityChangeType.Deleted ? null : Format(p.CurrentValue)))
            .ToList();
        if (type == EntityChangeType.Updated && changes.Count == 0)
        {
            return;
        }

        var id = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)));
        Logs.Add((tenantOwned.TenantId, new EntityChangeLog(
            Guid.CreateVersion7(now), entry.Metadata.ClrType.Name, id, type.Value, now, userId, userName, JsonSerializer.Serialize(changes, JsonSerializerOptions.Web))));
    }

    private static bool IsAudited(PropertyEntry property)
    {
        var name = property.Metadata.Name;
        if (SecretFragments.Any(f => name.Contains(f, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return property.Metadata.PropertyInfo?.GetCustomAttribute<DisableAuditingAttribute>() is null;
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTimeOffset d => d.ToString("O"),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private sealed record PropertyChange(string Property, string? Old, string? New);
}
