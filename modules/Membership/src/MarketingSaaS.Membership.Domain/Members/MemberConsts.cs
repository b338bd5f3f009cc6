namespace MarketingSaaS.Membership.Members;

public static class MemberConsts
{
    public const int MaxNameLength = 128;
    public const int MaxIndustryLength = 64;
    public const int MaxRegionLength = 64;
    public const int MaxSizeLength = 32;
    public const int MaxPhoneLength = 32;
    public const int MaxEmailLength = 256;
    public const int MaxAddressLength = 512;
    public const int MaxSourceLength = 256;
    public const int MaxNotesLength = 4000;
    public const int MaxTagLength = 32;
    public const int MaxTags = 20;

    /// <summary>Digits, spaces, dashes, brackets and one leading plus.</summary>
    public const string PhonePattern = @"^\+?[0-9][0-9 ()\-]{4,30}$";
}
