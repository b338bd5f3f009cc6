using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Framework.Money;

/// <summary>
/// The one rule for money entered by anyone: at most <see cref="MaxSignificantDigits"/> significant digits and no
/// more decimals than the currency has minor units, capped at the <see cref="StorageScale"/> every amount column
/// keeps (numeric(18,2)). So an accepted amount is stored exactly as it was sent and routed, on every provider;
/// nothing is rounded silently. Used by <see cref="MoneyAttribute"/> on DTOs and by domain services that know the
/// currency only from stored data (a budget's, a request's).
/// </summary>
public static class MoneyAmounts
{
    public const int MaxSignificantDigits = 18;
    public const int StorageScale = 2;

    /// <summary>Field error code: more decimals than the currency allows (data: decimals, currency).</summary>
    public const string TooManyDecimals = "Framework:MoneyDecimals";

    /// <summary>Field error code: more than 18 significant digits (data: max).</summary>
    public const string TooManyDigits = "Framework:MoneyDigits";

    /// <summary>The decimals an amount in <paramref name="currency"/> may have (an unknown currency: the storage scale).</summary>
    public static int DecimalsOf(string? currency) => Math.Min(CurrencyMinorUnits.Of(currency), StorageScale);

    /// <summary>The error of <paramref name="amount"/> in <paramref name="currency"/>, or null when it may be stored as it is.</summary>
    public static FieldError? Check(decimal amount, string? currency)
    {
        if (SignificantDigits(amount) > MaxSignificantDigits)
        {
            return DigitsError;
        }

        var decimals = DecimalsOf(currency);
        return decimal.Round(amount, decimals) == amount
            ? null
            : new FieldError(TooManyDecimals, new Dictionary<string, object?> { ["decimals"] = decimals, ["currency"] = currency?.Trim().ToUpperInvariant() });
    }

    /// <summary>Throws a 400 on <paramref name="field"/> when <see cref="Check"/> finds an error.</summary>
    public static void Ensure(string field, decimal amount, string? currency)
    {
        if (Check(amount, currency) is { } error)
        {
            throw new FieldValidationException(new Dictionary<string, FieldError[]> { [field] = [error] });
        }
    }

    public static FieldError DigitsError => new(TooManyDigits, new Dictionary<string, object?> { ["max"] = MaxSignificantDigits });

    /// <summary>Digits from the first non-zero one to the last non-zero decimal (integer zeros count): 100.50 has 4.</summary>
    public static int SignificantDigits(decimal amount)
    {
        var text = Math.Abs(amount).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (text.Contains('.'))
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }

        var digits = text.Replace(".", "", StringComparison.Ordinal).TrimStart('0');
        return digits.Length;
    }
}
