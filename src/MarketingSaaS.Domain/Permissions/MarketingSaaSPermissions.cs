namespace MarketingSaaS.Permissions;

public static class MarketingSaaSPermissions
{
    public const string HostGroup = "Host";
    public const string IdentityGroup = "Identity";
    public const string AdministrationGroup = "Administration";

    public const string OrgChartGroup = "OrgChart";

    public static class OrganizationUnits
    {
        public const string Default = "OrgChart.Units";
        public const string Manage = Default + ".Manage";
    }

    public static class Positions
    {
        public const string Default = "OrgChart.Positions";
        public const string Manage = Default + ".Manage";
    }

    public const string ApprovalsGroup = "Approvals";

    public static class ApprovalPolicies
    {
        public const string Default = "Approvals.Policies";
        public const string Manage = Default + ".Manage";
    }

    public const string BudgetsGroup = "Budgets";

    public static class Budgets
    {
        public const string Default = "Budgets.Budgets";
        public const string Manage = Default + ".Manage";
    }

    public static class Expenses
    {
        public const string Default = "Budgets.Expenses";
    }

    public const string ProcessesGroup = "Processes";

    public static class ProcessTemplates
    {
        public const string Default = "Processes.Templates";
        public const string Manage = Default + ".Manage";
    }

    public static class ProcessInstances
    {
        public const string Default = "Processes.Instances";
    }

    public static class ApprovalRequests
    {
        /// <summary>Submit requests and follow one's own; deciding needs only being a pending approver.</summary>
        public const string Default = "Approvals.Requests";

        /// <summary>File requests for a unit the requester holds no position in (recorded on the request).</summary>
        public const string FileForOthers = Default + ".FileForOthers";
    }

    public static class ApprovalDelegations
    {
        /// <summary>List, create and revoke delegations for anyone; one's own need only being signed in.</summary>
        public const string Default = "Approvals.Delegations";
    }

    public static class Tenants
    {
        public const string Default = "Host.Tenants";
        public const string Manage = Default + ".Manage";
    }

    public static class Editions
    {
        public const string Default = "Host.Editions";
        public const string Manage = Default + ".Manage";
    }

    public static class Users
    {
        public const string Default = "Identity.Users";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
        public const string ManagePermissions = Default + ".ManagePermissions";
    }

    public static class Roles
    {
        public const string Default = "Identity.Roles";
        public const string Manage = Default + ".Manage";
        public const string ManagePermissions = Default + ".ManagePermissions";
    }

    public static class Settings
    {
        public const string Manage = "Administration.Settings";
    }

    public static class Modules
    {
        public const string Manage = "Administration.Modules";
    }

    public static class AuditLogs
    {
        public const string Default = "Administration.AuditLogs";
    }

    public const string BackgroundJobsGroup = "BackgroundJobs";

    public static class BackgroundJobs
    {
        /// <summary>Both sides: a tenant admin sees the tenant's jobs, the host every job.</summary>
        public const string Default = "BackgroundJobs.Jobs";
        public const string Manage = Default + ".Manage";

        /// <summary>Host side only, and not part of the host-admin role's seed: a company job's arguments unredacted (each read is audited).</summary>
        public const string ReadArguments = "Host.BackgroundJobs.ReadArguments";
    }

    public const string TextTemplatesGroup = "TextTemplates";

    public static class TextTemplates
    {
        public const string Manage = "TextTemplates.Manage";
    }
}
