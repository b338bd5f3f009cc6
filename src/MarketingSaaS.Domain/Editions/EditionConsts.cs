namespace MarketingSaaS.Editions;

public static class EditionConsts
{
    public const int MaxNameLength = 64;

    /// <summary>The lengths of the FeatureValues columns.</summary>
    public const int MaxFeatureNameLength = 128;
    public const int MaxFeatureValueLength = 256;
    public const string StandardEditionName = "Standard";
}
