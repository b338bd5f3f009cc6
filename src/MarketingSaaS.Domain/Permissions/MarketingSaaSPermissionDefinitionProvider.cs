using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Permissions;

public sealed class MarketingSaaSPermissionDefinitionProvider : PermissionDefinitionProvider
{
    public override void Define(PermissionDefinitionContext context)
    {
        var host = context.AddGroup(MarketingSaaSPermissions.HostGroup);
        host.AddPermission(MarketingSaaSPermissions.Tenants.Default, MultiTenancySides.Host)
            .AddChild(MarketingSaaSPermissions.Tenants.Manage);
        host.AddPermission(MarketingSaaSPermissions.Editions.Default, MultiTenancySides.Host)
            .AddChild(MarketingSaaSPermissions.Editions.Manage);

        var identity = context.AddGroup(MarketingSaaSPermissions.IdentityGroup);
        var users = identity.AddPermission(MarketingSaaSPermissions.Users.Default);
        users.AddChild(MarketingSaaSPermissions.Users.Create);
        users.AddChild(MarketingSaaSPermissions.Users.Update);
        users.AddChild(MarketingSaaSPermissions.Users.Delete);
        users.AddChild(MarketingSaaSPermissions.Users.ManagePermissions);
        var roles = identity.AddPermission(MarketingSaaSPermissions.Roles.Default);
        roles.AddChild(MarketingSaaSPermissions.Roles.Manage);
        roles.AddChild(MarketingSaaSPermissions.Roles.ManagePermissions);

        var orgChart = context.AddGroup(MarketingSaaSPermissions.OrgChartGroup);
        orgChart.AddPermission(MarketingSaaSPermissions.OrganizationUnits.Default)
            .AddChild(MarketingSaaSPermissions.OrganizationUnits.Manage);
        orgChart.AddPermission(MarketingSaaSPermissions.Positions.Default)
            .AddChild(MarketingSaaSPermissions.Positions.Manage);

        var approvals = context.AddGroup(MarketingSaaSPermissions.ApprovalsGroup);
        approvals.AddPermission(MarketingSaaSPermissions.ApprovalPolicies.Default)
            .AddChild(MarketingSaaSPermissions.ApprovalPolicies.Manage);
        approvals.AddPermission(MarketingSaaSPermissions.ApprovalRequests.Default)
            .AddChild(MarketingSaaSPermissions.ApprovalRequests.FileForOthers);
        approvals.AddPermission(MarketingSaaSPermissions.ApprovalDelegations.Default);

        var budgets = context.AddGroup(MarketingSaaSPermissions.BudgetsGroup);
        budgets.AddPermission(MarketingSaaSPermissions.Budgets.Default)
            .AddChild(MarketingSaaSPermissions.Budgets.Manage);
        budgets.AddPermission(MarketingSaaSPermissions.Expenses.Default);

        var processes = context.AddGroup(MarketingSaaSPermissions.ProcessesGroup);
        processes.AddPermission(MarketingSaaSPermissions.ProcessTemplates.Default)
            .AddChild(MarketingSaaSPermissions.ProcessTemplates.Manage);
        processes.AddPermission(MarketingSaaSPermissions.ProcessInstances.Default);

        var administration = context.AddGroup(MarketingSaaSPermissions.AdministrationGroup);
        administration.AddPermission(MarketingSaaSPermissions.Settings.Manage);
        administration.AddPermission(MarketingSaaSPermissions.Modules.Manage);
        administration.AddPermission(MarketingSaaSPermissions.AuditLogs.Default);

        var jobs = context.AddGroup(MarketingSaaSPermissions.BackgroundJobsGroup)
            .AddPermission(MarketingSaaSPermissions.BackgroundJobs.Default, MultiTenancySides.Both);
        jobs.AddChild(MarketingSaaSPermissions.BackgroundJobs.Manage);
        jobs.AddChild(MarketingSaaSPermissions.BackgroundJobs.ReadArguments, MultiTenancySides.Host);

        context.AddGroup(MarketingSaaSPermissions.TextTemplatesGroup).AddPermission(MarketingSaaSPermissions.TextTemplates.Manage);
    }
}
