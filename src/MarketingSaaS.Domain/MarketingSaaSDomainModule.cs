using MarketingSaaS.Budgets;
using MarketingSaaS.Data;
using MarketingSaaS.Features;
using MarketingSaaS.Framework;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.BlobStoring;
using MarketingSaaS.Framework.Modularity;
using MarketingSaaS.Identity;
using MarketingSaaS.Notifications;
using MarketingSaaS.Permissions;
using MarketingSaaS.Settings;
using MarketingSaaS.Tenants;
using MarketingSaaS.TextTemplates;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS;

[DependsOn(typeof(MarketingSaaSDomainSharedModule))]
public sealed class MarketingSaaSDomainModule : MarketingModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        var services = context.Services;
        services.AddLocalizationResource(typeof(MarketingSaaSDomainModule).Assembly);
        services.AddPermissionDefinitions<MarketingSaaSPermissionDefinitionProvider>();
        services.AddFeatureDefinitions<MarketingSaaSFeatureDefinitionProvider>();
        services.AddSettingDefinitions<MarketingSaaSSettingDefinitionProvider>();
        services.AddSettingDefinitions<MarketingSaaS.Budgets.BudgetSettingDefinitionProvider>();
        services.AddSettingDefinitions<MarketingSaaS.Approvals.ApprovalSettingDefinitionProvider>();
        services.AddMarketingSaaSTextTemplates();
        services.AddNotifications(context.Configuration);
        services.AddBackgroundJob<MarketingSaaS.Identity.Invitations.SendInvitationEmailJob, MarketingSaaS.Identity.Invitations.SendInvitationEmailArgs>(MarketingSaaS.Identity.Invitations.SendInvitationEmailJob.Name);
        services.AddScoped<MarketingSaaS.Identity.Invitations.InvitationValidity>();
        services.AddBackgroundJob<MarketingSaaS.Account.SendPasswordResetEmailJob, MarketingSaaS.Account.SendPasswordResetEmailArgs>(MarketingSaaS.Account.SendPasswordResetEmailJob.Name);
        MarketingSaaS.ApprovalSla.ApprovalSlaServiceCollectionExtensions.AddApprovalSla(services);
        services.AddScoped<TenantManager>();
        services.AddScoped<PermissionGrantManager>();
        services.AddScoped<MarketingSaaS.OrganizationUnits.OrganizationUnitManager>();
        services.AddScoped<MarketingSaaS.OrganizationUnits.IOrganizationUnitLookup, MarketingSaaS.OrganizationUnits.OrganizationUnitLookup>();
        services.AddScoped<MarketingSaaS.Positions.PositionManager>();
        services.AddScoped<MarketingSaaS.OrgCharts.OrgChartImporter>();
        services.AddBusinessTypeDefinitions<MarketingSaaS.Approvals.BusinessTypes.MarketingSaaSApprovalBusinessTypeDefinitionProvider>();
        services.AddScoped<MarketingSaaS.Approvals.ApprovalPolicyManager>();
        services.AddScoped<MarketingSaaS.Approvals.ApprovalRouteResolver>();
        services.AddScoped<MarketingSaaS.Approvals.DefaultApprovalPolicies>();
        services.AddScoped<MarketingSaaS.Budgets.BudgetManager>();
        services.AddScoped<IBudgetLedger, BudgetLedger>();
        services.AddScoped<MarketingSaaS.Budgets.ExpenseOverrunApprovals>();
        services.AddBudgetApprovals();
        services.AddScoped<MarketingSaaS.ProcessTemplates.ProcessTemplateManager>();
        services.AddScoped<MarketingSaaS.ProcessTemplates.DefaultProcessTemplates>();
        services.AddScoped<MarketingSaaS.Processes.ProcessInstanceManager>();
        services.AddScoped<MarketingSaaS.Processes.TenantToday>();
        services.AddScoped<MarketingSaaS.Calendars.CalendarDayManager>();
        services.AddScoped<MarketingSaaS.Calendars.WorkingCalendarProvider>();
        services.AddScoped<MarketingSaaS.Approvals.ApprovalRequestManager>();
        services.AddScoped<MarketingSaaS.Approvals.ApprovalRequesterReminder>();
        MarketingSaaS.Approvals.ApprovalIntegrityServiceCollectionExtensions.AddApprovalIntegrity(services);
        services.AddScoped<MarketingSaaS.Approvals.IApprovalRequestService, MarketingSaaS.Approvals.ApprovalRequestService>();
        services.AddScoped<MarketingSaaS.Approvals.ApprovalDelegationManager>();
        services.AddScoped<MarketingSaaS.Processes.ProcessStepApprovals>();
        services.AddScoped<MarketingSaaS.Approvals.IApprovalOutcomeHandler, MarketingSaaS.Processes.ProcessStepApprovalOutcomeHandler>();
        services.AddScoped<MarketingSaaS.Approvals.IApprovalSubmissionHandler, MarketingSaaS.Processes.ProcessStepApprovalSubmissionHandler>();
        services.AddScoped<MarketingSaaS.Blobs.BlobRecordManager>();
        MarketingSaaS.Blobs.OrphanBlobCleanupServiceCollectionExtensions.AddOrphanBlobCleanup(services, context.Configuration);
        services.AddScoped<MarketingSaaS.Approvals.ApprovalRequestVisibility>();
        services.ConfigureBlobContainer<MarketingSaaS.Processes.DeliverableFilesContainer>(c =>
        {
            c.MaxSizeBytes = MarketingSaaS.Processes.DeliverableFilesContainer.DefaultMaxSizeBytes;
            c.AllowedExtensions.UnionWith(BlobFileKinds.AllExtensions);
        });
        services.ConfigureBlobContainer<MarketingSaaS.Approvals.ApprovalAttachmentsContainer>(c =>
        {
            c.MaxSizeBytes = MarketingSaaS.Approvals.ApprovalAttachmentsContainer.DefaultMaxSizeBytes;
            c.AllowedExtensions.UnionWith(BlobFileKinds.AllExtensions);
        });
        services.ConfigureBlobContainer<MarketingSaaS.Branding.CompanyLogoContainer>(c =>
        {
            c.MaxSizeBytes = MarketingSaaS.Branding.CompanyLogoContainer.DefaultMaxSizeBytes;
            c.AllowedExtensions.UnionWith(MarketingSaaS.Branding.CompanyLogoContainer.Extensions);
        });
        services.AddScoped<TenantFeatureManager>();
        services.AddScoped<MarketingSaaS.Editions.EditionManager>();
        services.AddScoped<FeatureValueManager>();
        services.AddScoped<HostSignInManager>();
        services.AddSingleton<SecurityStampCache>();
        services.AddSingleton(new UnknownUserPasswordCheck<AppUser>(() => new AppUser(Guid.Empty, "unknown", "unknown@invalid", "")));
        services.AddSingleton(new UnknownUserPasswordCheck<HostUser>(() => new HostUser(Guid.Empty, "unknown", "unknown@invalid")));
        services.AddScoped<TenantDataSeeder>();
        services.AddScoped<MarketingSaaS.Permissions.DefaultRoleGrantSeeder>();
        services.AddOptions<DefaultRoleGrantOptions>().Configure<IEnumerable<MarketingSaaS.Framework.Modularity.Manifests.ModuleManifest>>(DefaultRoleGrantsFromManifests.Configure);
        services.AddScoped<PlatformDataSeeder>();
        services.AddScoped<IPasswordHasher<HostUser>, PasswordHasher<HostUser>>();
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = IdentityConsts.PasswordHashIterations);
        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";
                o.Password.RequiredLength = IdentityConsts.MinPasswordLength;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireDigit = true;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = IdentityConsts.MaxFailedAccessAttempts;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.ClaimsIdentity.SecurityStampClaimType = IdentityConsts.SecurityStampClaimType;
                o.Tokens.PasswordResetTokenProvider = MarketingSaaS.Account.AccountConsts.PasswordResetTokenProvider;
            })
            .AddRoles<AppRole>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddPasswordValidator<MarketingSaaS.Identity.CommonPasswords.CommonPasswordValidator>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<MarketingSaaS.Account.PasswordResetTokenProvider>(MarketingSaaS.Account.AccountConsts.PasswordResetTokenProvider)
            .AddClaimsPrincipalFactory<AppUserClaimsPrincipalFactory>();
    }
}
