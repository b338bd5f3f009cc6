using System.Text.RegularExpressions;
using HandlebarsDotNet;

namespace MarketingSaaS.Framework.TextTemplating;

/// <summary>
/// Finds the 1-based line a Handlebars error is about. The parser reports a position; the compiler and the
/// runtime only name the block or partial, so the line is found by scanning the text for it.
/// </summary>
internal static partial class TemplateErrorLocator
{
    public static int? FindLine(HandlebarsException exception, string content)
    {
        var position = PositionPattern().Match(exception.Message);
        if (position.Success)
        {
            return int.Parse(position.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
        }

        var partial = PartialNamePattern().Match(exception.Message);
        if (partial.Success)
        {
            var use = Regex.Match(content, @"\{\{~?\s*#?>\s*" + Regex.Escape(partial.Groups[1].Value) + @"[\s}~]");
            return use.Success ? LineOf(content, use.Index) : null;
        }

        return FindUnbalancedBlockLine(content);
    }

    /// <summary>The line of the first closing tag without an opening one, else of the innermost block never closed.</summary>
    public static int? FindUnbalancedBlockLine(string content)
    {
        var open = new Stack<(string Name, int Index)>();
        foreach (Match tag in BlockTagPattern().Matches(content))
        {
            var name = tag.Groups["name"].Value;
            if (tag.Groups["kind"].Value != "/")
            {
                open.Push((name, tag.Index));
            }
            else if (open.Count > 0 && open.Peek().Name == name)
            {
                open.Pop();
            }
            else
            {
                return LineOf(content, tag.Index);
            }
        }

        return open.Count > 0 ? LineOf(content, open.Peek().Index) : null;
    }

    private static int LineOf(string content, int index) => content.AsSpan(0, index).Count('\n') + 1;

    [GeneratedRegex(@"Occured at: (\d+):(\d+)")]
    private static partial Regex PositionPattern();

    [GeneratedRegex(@"partial name '([^']+)'")]
    private static partial Regex PartialNamePattern();

    [GeneratedRegex(@"\{\{~?\s*(?<kind>[#/^])\s*[>*]?\s*(?<name>[^\s}~]+)")]
    private static partial Regex BlockTagPattern();
}
