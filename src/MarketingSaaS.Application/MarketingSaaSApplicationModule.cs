using MarketingSaaS.Account;
using MarketingSaaS.Approvals;
using MarketingSaaS.AuditLogging;
using MarketingSaaS.Editions;
using MarketingSaaS.Framework.Modularity;
using MarketingSaaS.Identity;
using MarketingSaaS.Modules;
using MarketingSaaS.OrganizationUnits;
using MarketingSaaS.Permissions;
using MarketingSaaS.Positions;
using MarketingSaaS.Processes;
using MarketingSaaS.ProcessTemplates;
using MarketingSaaS.Registration;
using MarketingSaaS.Settings;
using MarketingSaaS.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS;

[DependsOn(typeof(MarketingSaaSDomainModule))]
public sealed class MarketingSaaSApplicationModule : MarketingModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        var services = context.Services;
        services.AddScoped<ISignUpAppService, SignUpAppService>();
        services.AddScoped<IOrganizationUnitAppService, OrganizationUnitAppService>();
        services.AddScoped<IPositionAppService, PositionAppService>();
        services.AddScoped<MarketingSaaS.OrgCharts.IOrgChartCsvAppService, MarketingSaaS.OrgCharts.OrgChartCsvAppService>();
        services.AddScoped<IApprovalPolicyAppService, ApprovalPolicyAppService>();
        services.AddScoped<IApprovalBusinessTypeAppService, ApprovalBusinessTypeAppService>();
        services.AddScoped<MarketingSaaS.Budgets.IBudgetAppService, MarketingSaaS.Budgets.BudgetAppService>();
        services.AddScoped<MarketingSaaS.Budgets.IBudgetCommitmentAppService, MarketingSaaS.Budgets.BudgetCommitmentAppService>();
        services.AddScoped<IProcessTemplateAppService, ProcessTemplateAppService>();
        services.AddScoped<IProcessInstanceAppService, ProcessInstanceAppService>();
        services.AddScoped<MarketingSaaS.MyTasks.IMyTaskAppService, MarketingSaaS.MyTasks.MyTaskAppService>();
        services.AddScoped<IDeliverableFileAppService, DeliverableFileAppService>();
        services.AddScoped<IApprovalAttachmentAppService, ApprovalAttachmentAppService>();
        services.AddScoped<MarketingSaaS.Blobs.BlobUploadSaver>();
        services.AddScoped<MarketingSaaS.Blobs.IOwnedFileStore, MarketingSaaS.Blobs.OwnedFileStore>();
        services.AddScoped<MarketingSaaS.Calendars.ICalendarDayAppService, MarketingSaaS.Calendars.CalendarDayAppService>();
        services.AddScoped<IApprovalRequestAppService, ApprovalRequestAppService>();
        services.AddScoped<ApprovalBudgetEffects>();
        services.AddScoped<IApprovalDelegationAppService, ApprovalDelegationAppService>();
        services.AddScoped<IApprovalCycleTimeAppService, ApprovalCycleTimeAppService>();
        services.AddScoped<CurrentAppUserLoader>();
        services.AddScoped<ITwoFactorAppService, TwoFactorAppService>();
        services.AddScoped<IProfileAppService, ProfileAppService>();
        services.AddScoped<IPasswordResetAppService, PasswordResetAppService>();
        services.AddScoped<MarketingSaaS.Identity.Invitations.IUserInvitationAppService, MarketingSaaS.Identity.Invitations.UserInvitationAppService>();
        services.AddScoped<MarketingSaaS.Branding.ICompanyLogoAppService, MarketingSaaS.Branding.CompanyLogoAppService>();
        services.AddScoped<MarketingSaaS.Data.DemoTenantSeeder>();
        services.AddScoped<UserRoleAssigner>();
        services.AddScoped<IUserAppService, UserAppService>();
        services.AddScoped<UserCountLimit>();
        services.AddScoped<MarketingSaaS.Identity.Imports.IUserImportAppService, MarketingSaaS.Identity.Imports.UserImportAppService>();
        services.AddScoped<IRoleAppService, RoleAppService>();
        services.AddScoped<IPermissionAppService, PermissionAppService>();
        services.AddScoped<ISettingAppService, SettingAppService>();
        services.AddScoped<IModuleAppService, ModuleAppService>();
        services.AddScoped<MarketingSaaS.Onboarding.IOnboardingAppService, MarketingSaaS.Onboarding.OnboardingAppService>();
        services.AddScoped<ITenantAppService, TenantAppService>();
        services.AddScoped<IEditionAppService, EditionAppService>();
        services.AddScoped<IAuditLogAppService, AuditLogAppService>();
        services.AddScoped<MarketingSaaS.BackgroundJobs.IBackgroundJobAppService, MarketingSaaS.BackgroundJobs.BackgroundJobAppService>();
        services.AddScoped<MarketingSaaS.BackgroundJobs.BackgroundJobArgumentsAccess>();
        services.AddScoped<MarketingSaaS.TextTemplates.ITextTemplateAppService, MarketingSaaS.TextTemplates.TextTemplateAppService>();
        services.AddScoped<MarketingSaaS.TextTemplates.IDeliverableSkeletonAppService, MarketingSaaS.TextTemplates.DeliverableSkeletonAppService>();
        services.AddScoped<MarketingSaaS.Notifications.INotificationAppService, MarketingSaaS.Notifications.NotificationAppService>();
    }
}
