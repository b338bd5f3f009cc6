using MarketingSaaS.Approvals;
using MarketingSaaS.Budgets;
using MarketingSaaS.Editions;
using MarketingSaaS.Features;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.EntityFrameworkCore.BackgroundJobs;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Identity;
using MarketingSaaS.OrganizationUnits;
using MarketingSaaS.Positions;
using MarketingSaaS.Processes;
using MarketingSaaS.ProcessTemplates;
using MarketingSaaS.Permissions;
using MarketingSaaS.Settings;
using MarketingSaaS.Tenants;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore;

/// <summary>The platform's tables: tenants, editions, identity, grants, features, settings, audit log.</summary>
public abstract class PlatformDbContext(DbContextOptions options, MarketingDbContextDependencies dependencies)
    : MarketingDbContext(options, dependencies)
{
    public const string MigrationsHistoryTable = "__PlatformMigrationsHistory";

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<Edition> Editions => Set<Edition>();

    public DbSet<FeatureValue> FeatureValues => Set<FeatureValue>();

    public DbSet<SettingValue> SettingValues => Set<SettingValue>();

    public DbSet<GlobalSettingValue> GlobalSettingValues => Set<GlobalSettingValue>();

    public DbSet<PermissionGrant> PermissionGrants => Set<PermissionGrant>();

    public DbSet<HostPermissionGrant> HostPermissionGrants => Set<HostPermissionGrant>();

    public DbSet<AppUser> Users => Set<AppUser>();

    public DbSet<AppRole> Roles => Set<AppRole>();

    public DbSet<AppUserRole> UserRoles => Set<AppUserRole>();

    public DbSet<AppUserClaim> UserClaims => Set<AppUserClaim>();

    public DbSet<AppUserLogin> UserLogins => Set<AppUserLogin>();

    public DbSet<AppUserToken> UserTokens => Set<AppUserToken>();

    public DbSet<AppRoleClaim> RoleClaims => Set<AppRoleClaim>();

    public DbSet<HostUser> HostUsers => Set<HostUser>();

    public DbSet<OrganizationUnit> OrganizationUnits => Set<OrganizationUnit>();

    public DbSet<Position> Positions => Set<Position>();

    public DbSet<ApprovalPolicy> ApprovalPolicies => Set<ApprovalPolicy>();

    public DbSet<Budget> Budgets => Set<Budget>();

    public DbSet<BudgetCommitment> BudgetCommitments => Set<BudgetCommitment>();

    public DbSet<Expense> Expenses => Set<Expense>();

    public DbSet<BudgetWarning> BudgetWarnings => Set<BudgetWarning>();

    public DbSet<MarketingSaaS.Identity.Invitations.UserInvitation> UserInvitations => Set<MarketingSaaS.Identity.Invitations.UserInvitation>();

    public DbSet<MarketingSaaS.Calendars.CalendarDay> CalendarDays => Set<MarketingSaaS.Calendars.CalendarDay>();

    public DbSet<ProcessTemplate> ProcessTemplates => Set<ProcessTemplate>();

    public DbSet<ProcessInstance> ProcessInstances => Set<ProcessInstance>();

    public DbSet<ApprovalRequest> ApprovalRequests => Set<ApprovalRequest>();

    public DbSet<ApprovalDecision> ApprovalDecisions => Set<ApprovalDecision>();

    public DbSet<BackgroundJobRecord> BackgroundJobs => Set<BackgroundJobRecord>();

    public DbSet<RecurringJobSchedule> RecurringJobSchedules => Set<RecurringJobSchedule>();

    public DbSet<ApprovalDelegation> ApprovalDelegations => Set<ApprovalDelegation>();

    public DbSet<MarketingSaaS.TextTemplates.TextTemplateOverride> TextTemplateOverrides => Set<MarketingSaaS.TextTemplates.TextTemplateOverride>();

    public DbSet<MarketingSaaS.Notifications.Notification> Notifications => Set<MarketingSaaS.Notifications.Notification>();

    public DbSet<MarketingSaaS.Notifications.NotificationPreference> NotificationPreferences => Set<MarketingSaaS.Notifications.NotificationPreference>();

    public DbSet<MarketingSaaS.Blobs.BlobRecord> BlobRecords => Set<MarketingSaaS.Blobs.BlobRecord>();

    public DbSet<Blobs.BlobContentChunk> BlobContentChunks => Set<Blobs.BlobContentChunk>();

    public DbSet<OrgChartStamp> OrgChartStamps => Set<OrgChartStamp>();

    protected override bool OwnsEntityChangeLogTable => true;

    internal Guid CurrentTenantIdOrEmpty => CurrentTenantId ?? Guid.Empty;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        Approvals.OrgChartStampRenewer.Renew(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await Approvals.OrgChartStampRenewer.RenewAsync(this, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlatformDbContext).Assembly);
        modelBuilder.ConfigureBackgroundJobs(Database.IsSqlite());
        ApplyConventions(modelBuilder);
    }
}
