namespace MarketingSaaS.Positions;

public static class PositionConsts
{
    public const int MaxNameLength = 64;
    public const int MaxDutiesLength = 2000;
    public const int MaxUnits = 20;
    public const int MaxHolders = 100;
}
