namespace MarketingSaaS.Identity;

public static class IdentityConsts
{
    public const int MaxUserNameLength = 64;
    public const int MaxNameLength = 64;

    /// <summary>A family or given name typed by an admin: two of them and a space still fit the stored name (<see cref="MaxNameLength"/>).</summary>
    public const int MaxNamePartLength = (MaxNameLength - 1) / 2;
    public const int MaxEmailLength = 256;
    public const int MaxPhoneNumberLength = 32;
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 128;
    public const int MaxRoleNameLength = 64;
    public const int PasswordHashIterations = 210_000;
    public const int MaxFailedAccessAttempts = 5;
    public const int MaxSecurityStampLength = 64;

    /// <summary>Identity's own claim type for the stamp; host operators' principals carry it too.</summary>
    public const string SecurityStampClaimType = "AspNet.Identity.SecurityStamp";

    /// <summary>The roles every new tenant starts with.</summary>
    public static class StaticRoles
    {
        public const string Admin = "admin";
        public const string MarketingHead = "marketing-head";
        public const string Staff = "staff";
    }

    public const string HostAdminRole = "host-admin";
}
