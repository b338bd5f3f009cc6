using System.Text.RegularExpressions;

namespace MarketingSaaS.Framework.Tests.Localization;

/// <summary>
/// The copy rules of docs/portal.md ("Copy") for the server's texts; the portal's core/testing/texts.ts applies the
/// same ones and, as only the portal has plural forms, a rule on counts before plural nouns.
/// </summary>
public static partial class CopyRules
{
    private static readonly (string Variant, string Chosen)[] ChineseWordChoices = [("你", "您"), ("已批准", "已通过")];

    public static IEnumerable<string> EnglishMistakes(string text)
    {
        if (Han().IsMatch(text))
        {
            yield return "Chinese in the English text";
        }
    }

    public static IEnumerable<string> ChineseMistakes(string text)
    {
        var prose = PlaceholderOrPluralForm().Replace(text, "X");
        if (HalfWidthPunctuationNextToChinese().IsMatch(prose))
        {
            yield return "half-width punctuation in Chinese text";
        }

        foreach (var (variant, chosen) in ChineseWordChoices.Where(c => prose.Contains(c.Variant, StringComparison.Ordinal)))
        {
            yield return $"\"{variant}\" instead of \"{chosen}\"";
        }
    }

    [GeneratedRegex(@"[\u3400-\u9fff]")]
    private static partial Regex Han();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex PlaceholderOrPluralForm();

    [GeneratedRegex(@"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]\s*[:?!,;()]|[:?!,;(]\s*[\u3400-\u9fff]")]
    private static partial Regex HalfWidthPunctuationNextToChinese();
}
