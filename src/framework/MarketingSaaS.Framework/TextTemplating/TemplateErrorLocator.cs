using System.Text.RegularExpressions;
using HandlebarsDotNet;

namespace MarketingSaaS.Framework.TextTemplating;

/// <summary>
/// Finds the 1-based line and column a Handlebars error is about. The parser reports a 0-based position; the
/// compiler and the runtime only name the block or partial, so its tag is found by scanning the text.
/// </summary>
internal static partial class TemplateErrorLocator
{
    public static TemplatePosition? FindPosition(HandlebarsException exception, string content)
    {
        var position = PositionPattern().Match(exception.Message);
        if (position.Success)
        {
            return new TemplatePosition(
                int.Parse(position.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1,
                int.Parse(position.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1);
        }

        var partial = PartialNamePattern().Match(exception.Message);
        if (partial.Success)
        {
            var use = Regex.Match(content, @"\{\{~?\s*#?>\s*" + Regex.Escape(partial.Groups[1].Value) + @"[\s}~]");
            return use.Success ? PositionOf(content, use.Index) : null;
        }

        return FindUnbalancedBlock(content);
    }

    /// <summary>The position of the first closing tag without an opening one, else of the innermost block never closed.</summary>
    public static TemplatePosition? FindUnbalancedBlock(string content)
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
                return PositionOf(content, tag.Index);
            }
        }

        return open.Count > 0 ? PositionOf(content, open.Peek().Index) : null;
    }

    private static TemplatePosition PositionOf(string content, int index)
    {
        var lineStart = index == 0 ? 0 : content.LastIndexOf('\n', index - 1) + 1;
        return new TemplatePosition(content.AsSpan(0, index).Count('\n') + 1, index - lineStart + 1);
    }

    [GeneratedRegex(@"Occured at: (\d+):(\d+)")]
    private static partial Regex PositionPattern();

    [GeneratedRegex(@"partial name '([^']+)'")]
    private static partial Regex PartialNamePattern();

    [GeneratedRegex(@"\{\{~?\s*(?<kind>[#/^])\s*[>*]?\s*(?<name>[^\s}~]+)")]
    private static partial Regex BlockTagPattern();
}

/// <summary>A 1-based line and column in a template's text.</summary>
internal readonly record struct TemplatePosition(int Line, int Column);
