using MarketingSaaS.Account;
using MarketingSaaS.Approvals;
using MarketingSaaS.Branding;
using MarketingSaaS.Budgets;
using MarketingSaaS.Calendars;
using MarketingSaaS.AuditLogging;
using MarketingSaaS.BackgroundJobs;
using MarketingSaaS.Editions;
using MarketingSaaS.Framework.AspNetCore;
using MarketingSaaS.Framework.AspNetCore.ApplicationConfiguration;
using MarketingSaaS.Framework.AspNetCore.Modularity;
using MarketingSaaS.Framework.Modularity;
using MarketingSaaS.HostAccount;
using MarketingSaaS.Identity;
using MarketingSaaS.Modules;
using MarketingSaaS.Notifications;
using MarketingSaaS.Onboarding;
using MarketingSaaS.OrgCharts;
using MarketingSaaS.OrganizationUnits;
using MarketingSaaS.Permissions;
using MarketingSaaS.Positions;
using MarketingSaaS.Processes;
using MarketingSaaS.ProcessTemplates;
using MarketingSaaS.Search;
using MarketingSaaS.Settings;
using MarketingSaaS.Tenants;
using MarketingSaaS.TextTemplates;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS;

[DependsOn(typeof(MarketingSaaSApplicationModule), typeof(FrameworkAspNetCoreModule))]
public sealed class MarketingSaaSHttpApiModule : MarketingModule, IEndpointModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        context.Services.AddMarketingAuthentication();
        context.Services.AddMarketingRateLimits(context.Configuration);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApplicationConfigurationApi();
        endpoints.MapAccountApi();
        endpoints.MapPasswordResetApi();
        endpoints.MapUserInvitationApi();
        endpoints.MapCompanyLogoApi();
        endpoints.MapTwoFactorApi();
        endpoints.MapProfileApi();
        endpoints.MapOrganizationUnitsApi();
        endpoints.MapPositionsApi();
        endpoints.MapOrgChartCsvApi();
        endpoints.MapApprovalPoliciesApi();
        endpoints.MapApprovalBusinessTypesApi();
        endpoints.MapBudgetsApi();
        endpoints.MapProcessTemplatesApi();
        endpoints.MapProcessInstancesApi();
        MarketingSaaS.MyTasks.MyTaskEndpoints.MapMyTasksApi(endpoints);
        endpoints.MapCalendarDaysApi();
        endpoints.MapApprovalRequestsApi();
        endpoints.MapApprovalDelegationsApi();
        endpoints.MapApprovalAttachmentsApi();
        endpoints.MapDeliverableFilesApi();
        endpoints.MapUserApi();
        endpoints.MapUserImportApi();
        endpoints.MapRoleApi();
        endpoints.MapPermissionApi();
        endpoints.MapSettingApi();
        endpoints.MapModuleApi();
        endpoints.MapOnboardingApi();
        endpoints.MapHostAccountApi();
        endpoints.MapTenantApi();
        endpoints.MapEditionApi();
        endpoints.MapAuditLogApi();
        endpoints.MapBackgroundJobApi();
        endpoints.MapTextTemplatesApi();
        endpoints.MapDeliverableSkeletonApi();
        endpoints.MapNotificationsApi();
        endpoints.MapGlobalSearchApi();
    }
}
