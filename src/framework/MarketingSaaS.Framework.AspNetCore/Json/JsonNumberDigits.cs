namespace MarketingSaaS.Framework.AspNetCore.Json;

/// <summary>Counts the significant digits of a JSON number's text (sign, decimal point and exponent allowed).</summary>
internal static class JsonNumberDigits
{
    /// <summary>
    /// Digits from the first non-zero one to the last non-zero decimal; zeros of the integer part count (1e20 has 21).
    /// Null when the text is not a number.
    /// </summary>
    public static int? Significant(string text)
    {
        var span = text.AsSpan().Trim();
        if (span.Length > 0 && (span[0] == '-' || span[0] == '+'))
        {
            span = span[1..];
        }

        var exponent = 0;
        var e = span.IndexOfAny('e', 'E');
        if (e >= 0)
        {
            if (!int.TryParse(span[(e + 1)..], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out exponent)
                || Math.Abs(exponent) > 1000)
            {
                return null;
            }

            span = span[..e];
        }

        var point = span.IndexOf('.');
        var integerPart = point >= 0 ? span[..point] : span;
        var fraction = point >= 0 ? span[(point + 1)..] : [];
        if (integerPart.Length + fraction.Length == 0 || !IsDigits(integerPart) || !IsDigits(fraction))
        {
            return null;
        }

        // value = 0.<digits> x 10^magnitude, digits without leading zeros
        var digits = string.Concat(integerPart, fraction);
        var magnitude = integerPart.Length + exponent;
        var leading = digits.Length - digits.TrimStart('0').Length;
        digits = digits[leading..];
        magnitude -= leading;
        if (digits.Length == 0)
        {
            return 0;
        }

        var significant = digits.TrimEnd('0').Length;
        return Math.Max(significant, magnitude);
    }

    private static bool IsDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
