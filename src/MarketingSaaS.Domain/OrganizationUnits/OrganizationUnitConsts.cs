namespace MarketingSaaS.OrganizationUnits;

public static class OrganizationUnitConsts
{
    public const int MaxDisplayNameLength = 128;

    /// <summary>Digits per level of the hierarchical code: "00001.00002".</summary>
    public const int CodeUnitLength = 5;

    public const int MaxDepth = 16;

    public const int MaxCodeLength = MaxDepth * (CodeUnitLength + 1);
}
