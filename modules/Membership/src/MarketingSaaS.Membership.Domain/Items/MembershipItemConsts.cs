namespace MarketingSaaS.Membership.Items;

public static class MembershipItemConsts
{
    public const int MaxNameLength = 128;
    public const int MaxDescriptionLength = 2000;
}
