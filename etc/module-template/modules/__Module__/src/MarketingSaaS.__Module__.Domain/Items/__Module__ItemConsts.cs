namespace MarketingSaaS.__Module__.Items;

public static class __Module__ItemConsts
{
    public const int MaxNameLength = 128;
    public const int MaxDescriptionLength = 2000;
}
