namespace MarketingSaaS.Framework.Money;

/// <summary>
/// ISO 4217 minor units (decimals) of a currency: 2 unless listed here (JPY 0, KWD 3, ...). Unknown or missing
/// codes count as 2, the common case; the code itself is validated elsewhere.
/// </summary>
public static class CurrencyMinorUnits
{
    public const int Default = 2;

    private static readonly Dictionary<string, int> Exceptions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["BIF"] = 0, ["CLP"] = 0, ["DJF"] = 0, ["GNF"] = 0, ["ISK"] = 0, ["JPY"] = 0, ["KMF"] = 0, ["KRW"] = 0,
        ["PYG"] = 0, ["RWF"] = 0, ["UGX"] = 0, ["UYI"] = 0, ["VND"] = 0, ["VUV"] = 0, ["XAF"] = 0, ["XOF"] = 0, ["XPF"] = 0,
        ["BHD"] = 3, ["IQD"] = 3, ["JOD"] = 3, ["KWD"] = 3, ["LYD"] = 3, ["OMR"] = 3, ["TND"] = 3,
        ["CLF"] = 4, ["UYW"] = 4,
    };

    public static int Of(string? currency) =>
        currency is not null && Exceptions.TryGetValue(currency.Trim(), out var units) ? units : Default;
}
