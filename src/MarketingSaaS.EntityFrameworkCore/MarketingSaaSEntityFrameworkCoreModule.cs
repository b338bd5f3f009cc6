using MarketingSaaS.Approvals;
using MarketingSaaS.Editions;
using MarketingSaaS.EntityFrameworkCore.Approvals;
using MarketingSaaS.EntityFrameworkCore.AuditLogging;
using MarketingSaaS.EntityFrameworkCore.Data;
using MarketingSaaS.EntityFrameworkCore.Features;
using MarketingSaaS.EntityFrameworkCore.Identity;
using MarketingSaaS.EntityFrameworkCore.Notifications;
using MarketingSaaS.EntityFrameworkCore.OrganizationUnits;
using MarketingSaaS.EntityFrameworkCore.Permissions;
using MarketingSaaS.EntityFrameworkCore.Positions;
using MarketingSaaS.EntityFrameworkCore.Processes;
using MarketingSaaS.EntityFrameworkCore.ProcessTemplates;
using MarketingSaaS.EntityFrameworkCore.Search;
using MarketingSaaS.EntityFrameworkCore.Settings;
using MarketingSaaS.EntityFrameworkCore.Tenants;
using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.EntityFrameworkCore.BackgroundJobs;
using MarketingSaaS.Framework.EntityFrameworkCore;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using MarketingSaaS.Framework.Features;
using MarketingSaaS.Framework.Modularity;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Identity;
using MarketingSaaS.OrganizationUnits;
using MarketingSaaS.Permissions;
using MarketingSaaS.Positions;
using MarketingSaaS.Processes;
using MarketingSaaS.ProcessTemplates;
using MarketingSaaS.Tenants;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MarketingSaaS.EntityFrameworkCore;

[DependsOn(typeof(MarketingSaaSDomainModule), typeof(FrameworkEntityFrameworkCoreModule))]
public sealed class MarketingSaaSEntityFrameworkCoreModule : MarketingModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        var services = context.Services;
        services.AddMarketingDbContext<PlatformDbContext, SqlitePlatformDbContext, PostgreSqlPlatformDbContext>(
            (o, d) => new SqlitePlatformDbContext(o, d),
            (o, d) => new PostgreSqlPlatformDbContext(o, d),
            PlatformDbContext.MigrationsHistoryTable);

        services.AddBackgroundJobQueue<PlatformDbContext>();
        services.Configure<BackgroundJobOptions>(context.Configuration.GetSection(BackgroundJobOptions.SectionName));
        services.AddScoped<ITenantDatabaseSource, BackgroundJobs.TenantDatabaseSource>();
        services.AddPlatformSearchProviders();

        services.AddScoped<IUserStore<AppUser>, AppUserStore>();
        services.AddScoped<IRoleStore<AppRole>, AppRoleStore>();
        services.AddScoped<IAppUserRepository, AppUserRepository>();
        services.AddScoped<IAppRoleRepository, AppRoleRepository>();

        services.AddSingleton<PlatformDatabaseInitializer>();
        services.AddSingleton<TenantStore>();
        services.AddSingleton<ITenantStore>(sp => sp.GetRequiredService<TenantStore>());
        services.AddSingleton<ITenantCacheInvalidator>(sp => sp.GetRequiredService<TenantStore>());
        services.AddScoped<ITenantRepository, TenantRepository>();
        services.AddScoped<IOrganizationUnitRepository, OrganizationUnitRepository>();
        services.AddScoped<IPositionRepository, PositionRepository>();
        services.AddScoped<IUserLookup, UserLookup>();
        services.AddScoped<IApprovalPolicyRepository, ApprovalPolicyRepository>();
        services.AddScoped<IOrgChartSnapshotReader, OrgChartSnapshotReader>();
        services.AddScoped<MarketingSaaS.Budgets.IBudgetRepository, Budgets.BudgetRepository>();
        services.AddDefaultRepository<PlatformDbContext, MarketingSaaS.Budgets.BudgetCommitment, Guid>();
        services.AddDefaultRepository<PlatformDbContext, MarketingSaaS.Budgets.Expense, Guid>();
        services.AddDefaultRepository<PlatformDbContext, MarketingSaaS.Budgets.BudgetWarning, Guid>();
        services.AddScoped<MarketingSaaS.Budgets.IBudgetCommitGuard, Budgets.BudgetCommitGuard>();
        services.AddDefaultRepository<PlatformDbContext, MarketingSaaS.Calendars.CalendarDay, Guid>();
        services.AddDefaultRepository<PlatformDbContext, MarketingSaaS.Identity.Invitations.UserInvitation, Guid>();
        services.AddScoped<IProcessTemplateRepository, ProcessTemplateRepository>();
        services.AddScoped<IProcessInstanceRepository, ProcessInstanceRepository>();
        services.AddScoped<IApprovalRequestRepository, ApprovalRequestRepository>();
        services.AddScoped<IApprovalDecisionRepository, ApprovalDecisionRepository>();
        services.AddScoped<IApprovalDelegationRepository, ApprovalDelegationRepository>();
        services.AddScoped<IApprovalDelegationLock, ApprovalDelegationLock>();
        services.AddScoped<IApprovalRequestLock, ApprovalRequestLock>();
        services.AddTextTemplateAndNotificationRepositories();
        services.AddScoped<MarketingSaaS.Blobs.IBlobRecordRepository, Blobs.BlobRecordRepository>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<MarketingSaaS.Framework.BlobStoring.IBlobProvider, Blobs.DatabaseBlobProvider>());
        services.AddDefaultRepository<PlatformDbContext, PermissionGrant, Guid>();
        services.AddDefaultRepository<PlatformDbContext, HostPermissionGrant, Guid>();
        services.AddDefaultRepository<PlatformDbContext, Edition, Guid>();
        services.AddDefaultRepository<PlatformDbContext, HostUser, Guid>();
        services.AddDefaultRepository<PlatformDbContext, MarketingSaaS.Features.FeatureValue, Guid>();
        services.AddScoped<MarketingSaaS.AuditLogging.IEntityChangeLogRepository, MarketingSaaS.EntityFrameworkCore.AuditLogging.EntityChangeLogRepository>();
        services.AddPlatformEntityNameSources();
        services.AddScoped<IPermissionGrantStore, PermissionGrantStore>();
        services.AddScoped<IFeatureValueStore, FeatureValueStore>();
        services.AddScoped<ISettingValueStore, SettingValueStore>();
    }
}
