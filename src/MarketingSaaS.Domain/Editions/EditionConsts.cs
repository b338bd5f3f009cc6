namespace MarketingSaaS.Editions;

public static class EditionConsts
{
    public const int MaxNameLength = 64;
    public const string StandardEditionName = "Standard";
}
