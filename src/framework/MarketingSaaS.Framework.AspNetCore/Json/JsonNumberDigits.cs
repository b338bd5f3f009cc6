using System.Globalization;
using System.Text;

namespace MarketingSaaS.Framework.AspNetCore.Json;

/// <summary>Counts the significant digits of a JSON number's UTF-8 text (sign, decimal point and exponent allowed), without allocating.</summary>
internal static class JsonNumberDigits
{
    /// <summary>
    /// Digits from the first non-zero one to the last non-zero decimal; zeros of the integer part count (1e20 has 21).
    /// Null when the text is not a number. Leading and trailing ASCII white space is ignored.
    /// </summary>
    public static int? Significant(ReadOnlySpan<byte> text)
    {
        var span = text[Ascii.Trim(text)];
        if (span.Length > 0 && (span[0] == (byte)'-' || span[0] == (byte)'+'))
        {
            span = span[1..];
        }

        var exponent = 0;
        var e = span.IndexOfAny((byte)'e', (byte)'E');
        if (e >= 0)
        {
            if (!int.TryParse(span[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent) || Math.Abs(exponent) > 1000)
            {
                return null;
            }

            span = span[..e];
        }

        var point = span.IndexOf((byte)'.');
        var integerPart = point >= 0 ? span[..point] : span;
        var fraction = point >= 0 ? span[(point + 1)..] : [];
        if (integerPart.Length + fraction.Length == 0 || !IsDigits(integerPart) || !IsDigits(fraction))
        {
            return null;
        }

        // The digits are integerPart followed by fraction; value = 0.<digits without leading zeros> x 10^magnitude.
        var firstInInteger = integerPart.IndexOfAnyExcept((byte)'0');
        var firstInFraction = fraction.IndexOfAnyExcept((byte)'0');
        var leading = firstInInteger >= 0 ? firstInInteger : firstInFraction >= 0 ? integerPart.Length + firstInFraction : -1;
        if (leading < 0)
        {
            return 0;
        }

        var lastInFraction = fraction.LastIndexOfAnyExcept((byte)'0');
        var end = lastInFraction >= 0 ? integerPart.Length + lastInFraction + 1 : integerPart.LastIndexOfAnyExcept((byte)'0') + 1;
        var significant = end - leading;
        var magnitude = integerPart.Length + exponent - leading;
        return Math.Max(significant, magnitude);
    }

    private static bool IsDigits(ReadOnlySpan<byte> span) => !span.ContainsAnyExceptInRange((byte)'0', (byte)'9');
}
