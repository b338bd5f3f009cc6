namespace MarketingSaaS.Membership.Purchases;

public static class PurchaseConsts
{
    public const int MaxCategoryLength = 64;
    public const int MaxOrderNumberLength = 64;
    public const int MaxReasonLength = 512;
    public const int CurrencyLength = 3;
    public const int AmountPrecision = 18;
    public const int AmountScale = 2;
}
