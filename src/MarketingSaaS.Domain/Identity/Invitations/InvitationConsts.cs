namespace MarketingSaaS.Identity.Invitations;

public static class InvitationConsts
{
    /// <summary>Setting: how many days an invitation link works (default 7); not editable by companies.</summary>
    public const string ValidDaysSetting = "Identity.InvitationValidDays";

    public const int DefaultValidDays = 7;

    public const int MaxRoleNamesLength = 1024;

    public const int MaxCultureLength = 16;

    public const int TokenHashLength = 64;

    public const int MaxTokenLength = 256;
}
