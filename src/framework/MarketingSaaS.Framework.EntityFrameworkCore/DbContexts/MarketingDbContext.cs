using System.Linq.Expressions;
using System.Reflection;
using MarketingSaaS.Framework.Auditing;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;

/// <summary>
/// Base of every DbContext: tenant and soft-delete query filters, TenantId stamping, auditing
/// properties, soft delete, concurrency stamps and the entity change log.
/// </summary>
public abstract class MarketingDbContext : DbContext
{
    private static readonly MethodInfo ConfigureFiltersMethod =
        typeof(MarketingDbContext).GetMethod(nameof(ConfigureFilters), BindingFlags.NonPublic | BindingFlags.Instance)!;

    protected MarketingDbContext(DbContextOptions options, MarketingDbContextDependencies dependencies)
        : base(options)
    {
        Dependencies = dependencies;
    }

    protected MarketingDbContextDependencies Dependencies { get; }

    public DbSet<EntityChangeLog> EntityChangeLogs => Set<EntityChangeLog>();

    /// <summary>Only the platform context owns the change-log table; modules map it without migrations.</summary>
    protected virtual bool OwnsEntityChangeLogTable => false;

    /// <summary>
    /// A module's context names its module (<c>"Events"</c>): <see cref="ApplyConventions"/> then puts the module's
    /// tables into its schema (PostgreSQL) or gives them its prefix (SQLite), see <see cref="ModuleTables"/>.
    /// Register such a context with <c>AddModuleDbContext</c>, which puts its history table there too.
    /// </summary>
    protected virtual string? ModuleName => null;

    protected Guid? CurrentTenantId => Dependencies.CurrentTenant.Id;

    protected bool IsMultiTenantFilterEnabled => Dependencies.DataFilter.IsEnabled<IMultiTenant>();

    protected bool IsSoftDeleteFilterEnabled => Dependencies.DataFilter.IsEnabled<ISoftDelete>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<EntityChangeLog>(b =>
        {
            b.ToTable("AuditEntityChanges", t => t.ExcludeFromMigrations(!OwnsEntityChangeLogTable));
            b.HasIndex(e => new { e.TenantId, e.ChangeTime });
            b.HasIndex(e => new { e.TenantId, e.EntityType, e.EntityId });
            b.Property(e => e.EntityType).HasMaxLength(128);
            b.Property(e => e.EntityId).HasMaxLength(128);
            b.Property(e => e.UserName).HasMaxLength(256);
        });
    }

    /// <summary>Call at the end of the derived OnModelCreating, after all entity types are mapped.</summary>
    protected void ApplyConventions(ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => t.BaseType is null && !t.IsOwned()).ToList())
        {
            var clr = entityType.ClrType;
            if (typeof(Entity<Guid>).IsAssignableFrom(clr))
            {
                // The domain creates its keys (Guid v7): a new child added to a loaded aggregate must be inserted, not updated.
                modelBuilder.Entity(clr).Property(nameof(Entity<Guid>.Id)).ValueGeneratedNever();
            }

            if (typeof(IHasConcurrencyStamp).IsAssignableFrom(clr))
            {
                modelBuilder.Entity(clr).Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).HasMaxLength(40).IsConcurrencyToken();
            }

            if (typeof(IMultiTenant).IsAssignableFrom(clr)
                && !entityType.GetIndexes().Any(i => i.Properties[0].Name == nameof(IMultiTenant.TenantId)))
            {
                modelBuilder.Entity(clr).HasIndex(nameof(IMultiTenant.TenantId));
            }

            ConfigureFiltersMethod.MakeGenericMethod(clr).Invoke(this, [modelBuilder]);
        }

        if (ModuleName is not null)
        {
            ModuleTables.Apply(modelBuilder, ModuleName, Database.IsSqlite());
        }
    }

    private void ConfigureFilters<TEntity>(ModelBuilder modelBuilder)
        where TEntity : class
    {
        if (typeof(IMultiTenant).IsAssignableFrom(typeof(TEntity)))
        {
            Expression<Func<TEntity, bool>> filter = e =>
                !IsMultiTenantFilterEnabled || EF.Property<Guid>(e, nameof(IMultiTenant.TenantId)) == CurrentTenantId;
            modelBuilder.Entity<TEntity>().HasQueryFilter(DataFilterNames.MultiTenant, filter);
        }

        if (typeof(ISoftDelete).IsAssignableFrom(typeof(TEntity)))
        {
            Expression<Func<TEntity, bool>> filter = e =>
                !IsSoftDeleteFilterEnabled || !EF.Property<bool>(e, nameof(ISoftDelete.IsDeleted));
            modelBuilder.Entity<TEntity>().HasQueryFilter(DataFilterNames.SoftDelete, filter);
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ApplyConceptsBeforeSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ApplyConceptsBeforeSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void ApplyConceptsBeforeSave()
    {
        var now = Dependencies.Clock.GetUtcNow();
        var userId = Dependencies.CurrentUser.Id;
        var recorder = new EntityChangeRecorder(now, userId, Dependencies.CurrentUser.UserName);
        foreach (var entry in ChangeTracker.Entries().ToList())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    StampTenant(entry);
                    SetIfExists(entry, nameof(IHasCreationTime.CreationTime), now);
                    SetIfExists(entry, nameof(ICreationAudited.CreatorId), userId);
                    break;
                case EntityState.Modified:
                    SetIfExists(entry, nameof(IModificationAudited.LastModificationTime), now);
                    SetIfExists(entry, nameof(IModificationAudited.LastModifierId), userId);
                    RenewConcurrencyStamp(entry);
                    break;
                case EntityState.Deleted when entry.Entity is ISoftDelete:
                    entry.State = EntityState.Modified;
                    entry.Property(nameof(ISoftDelete.IsDeleted)).CurrentValue = true;
                    SetIfExists(entry, nameof(IDeletionAudited.DeletionTime), now);
                    SetIfExists(entry, nameof(IDeletionAudited.DeleterId), userId);
                    RenewConcurrencyStamp(entry);
                    break;
            }

            recorder.Record(entry);
        }

        foreach (var log in recorder.Logs)
        {
            Add(log.Log);
            Entry(log.Log).Property(nameof(IMultiTenant.TenantId)).CurrentValue = log.TenantId;
        }
    }

    private void StampTenant(EntityEntry entry)
    {
        if (entry.Entity is not IMultiTenant entity)
        {
            return;
        }

        if (entity.TenantId == Guid.Empty)
        {
            var tenantId = CurrentTenantId ?? throw new InvalidOperationException(
                $"{entry.Metadata.ClrType.Name} is tenant-owned but there is no current tenant to stamp.");
            entry.Property(nameof(IMultiTenant.TenantId)).CurrentValue = tenantId;
        }
        else if (IsMultiTenantFilterEnabled && entity.TenantId != CurrentTenantId)
        {
            throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} belongs to another tenant than the current one.");
        }
    }

    private static void RenewConcurrencyStamp(EntityEntry entry)
    {
        if (entry.Entity is IHasConcurrencyStamp entity)
        {
            entity.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        }
    }

    private static void SetIfExists(EntityEntry entry, string property, object? value)
    {
        if (entry.Metadata.FindProperty(property) is not null)
        {
            entry.Property(property).CurrentValue = value;
        }
    }
}
