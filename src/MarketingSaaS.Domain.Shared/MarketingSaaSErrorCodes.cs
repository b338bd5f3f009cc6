namespace MarketingSaaS;

/// <summary>Error codes are also the localization keys of their messages.</summary>
public static class MarketingSaaSErrorCodes
{
    public const string TenantSlugTaken = "MarketingSaaS:TenantSlugTaken";
    public const string TenantSlugInvalid = "MarketingSaaS:TenantSlugInvalid";
    public const string TenantSlugReserved = "MarketingSaaS:TenantSlugReserved";
    public const string PasswordTooWeak = "MarketingSaaS:PasswordTooWeak";
    public const string UserNameTaken = "MarketingSaaS:UserNameTaken";
    public const string EmailTaken = "MarketingSaaS:EmailTaken";
    public const string InvalidSignIn = "MarketingSaaS:InvalidSignIn";
    public const string LockedOut = "MarketingSaaS:LockedOut";
    public const string TwoFactorRequired = "MarketingSaaS:TwoFactorRequired";
    public const string InvalidTwoFactorCode = "MarketingSaaS:InvalidTwoFactorCode";
    public const string UserInactive = "MarketingSaaS:UserInactive";
    public const string StaticRoleCannotBeChanged = "MarketingSaaS:StaticRoleCannotBeChanged";
    public const string RoleNameTaken = "MarketingSaaS:RoleNameTaken";
    public const string UnknownRole = "MarketingSaaS:UnknownRole";
    public const string UnknownPermission = "MarketingSaaS:UnknownPermission";
    public const string UnknownFeature = "MarketingSaaS:UnknownFeature";
    public const string UnknownSetting = "MarketingSaaS:UnknownSetting";
    public const string MaxUserCountReached = "MarketingSaaS:MaxUserCountReached";
    public const string CannotDeleteSelf = "MarketingSaaS:CannotDeleteSelf";
    public const string TenantRequired = "MarketingSaaS:TenantRequired";
    public const string OrganizationUnitNameTaken = "MarketingSaaS:OrganizationUnitNameTaken";
    public const string OrganizationUnitMoveIntoItself = "MarketingSaaS:OrganizationUnitMoveIntoItself";
    public const string OrganizationUnitTooDeep = "MarketingSaaS:OrganizationUnitTooDeep";
    public const string OrganizationUnitNotEmpty = "MarketingSaaS:OrganizationUnitNotEmpty";
    public const string PositionNameTaken = "MarketingSaaS:PositionNameTaken";
    public const string UnknownUser = "MarketingSaaS:UnknownUser";
    public const string UnknownOrganizationUnit = "MarketingSaaS:UnknownOrganizationUnit";
    public const string UnknownPosition = "MarketingSaaS:UnknownPosition";
    public const string OrgChartNotEmpty = "MarketingSaaS:OrgChartNotEmpty";
    public const string ModuleNotInEdition = "MarketingSaaS:ModuleNotInEdition";
    public const string ModuleRequiresModule = "MarketingSaaS:ModuleRequiresModule";
    public const string ModuleRequiredByModule = "MarketingSaaS:ModuleRequiredByModule";
    public const string NoApprovalPolicy = "MarketingSaaS:NoApprovalPolicy";
    public const string NoMatchingApprovalRule = "MarketingSaaS:NoMatchingApprovalRule";
    public const string NoApproverFound = "MarketingSaaS:NoApproverFound";
    public const string NoApproverBesidesRequester = "MarketingSaaS:NoApproverBesidesRequester";
    public const string ApprovalPolicyExists = "MarketingSaaS:ApprovalPolicyExists";
    public const string InvalidApprover = "MarketingSaaS:InvalidApprover";
    public const string DefaultPositionsMissing = "MarketingSaaS:DefaultPositionsMissing";
}
