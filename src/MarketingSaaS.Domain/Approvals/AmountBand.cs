namespace MarketingSaaS.Approvals;

/// <summary>An amount range with explicit boundaries; a missing bound is open.</summary>
public sealed record AmountBand(decimal? Min, bool MinInclusive, decimal? Max, bool MaxInclusive)
{
    public static readonly AmountBand Any = new(null, true, null, false);

    public bool Contains(decimal amount) =>
        (Min is null || (MinInclusive ? amount >= Min : amount > Min))
        && (Max is null || (MaxInclusive ? amount <= Max : amount < Max));
}
