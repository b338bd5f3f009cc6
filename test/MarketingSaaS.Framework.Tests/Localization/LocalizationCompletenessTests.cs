using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Framework.Tests.Localization;

/// <summary>
/// Every text of every product assembly exists in both en and zh-Hans, with the same {placeholders}.
/// Looks at every MarketingSaaS assembly next to the tests (test assemblies excluded), so modules added
/// later are checked too.
/// </summary>
public sealed partial class LocalizationCompletenessTests
{
    private static readonly string[] Cultures = ["en", "zh-Hans"];

    public static TheoryData<string> ProductAssemblies()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(AppContext.BaseDirectory, "MarketingSaaS.*.dll").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (!name.EndsWith(".Tests", StringComparison.Ordinal) && !name.Contains(".TestBase", StringComparison.Ordinal))
            {
                data.Add(name);
            }
        }

        return data;
    }

    [Fact]
    public void The_framework_and_the_domain_are_among_the_checked_assemblies()
    {
        var names = ((IEnumerable<object[]>)ProductAssemblies()).Select(row => (string)row[0]).ToList();

        names.ShouldContain("MarketingSaaS.Framework");
        names.ShouldContain("MarketingSaaS.Domain");
        ResourceSets(Assembly.Load("MarketingSaaS.Framework")).ShouldNotBeEmpty();
        ResourceSets(Assembly.Load("MarketingSaaS.Domain")).ShouldNotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ProductAssemblies))]
    public void Every_text_exists_in_both_cultures_with_the_same_placeholders(string assemblyName)
    {
        var problems = new List<string>();
        foreach (var (folder, byCulture) in ResourceSets(Assembly.Load(assemblyName)))
        {
            var missingCultures = Cultures.Where(c => !byCulture.ContainsKey(c)).ToList();
            if (missingCultures.Count > 0)
            {
                problems.AddRange(missingCultures.Select(c => $"{folder}: no {c}.json"));
                continue;
            }

            var en = byCulture["en"];
            var zh = byCulture["zh-Hans"];
            problems.AddRange(en.Keys.Except(zh.Keys).Select(k => $"{folder}: '{k}' is missing in zh-Hans"));
            problems.AddRange(zh.Keys.Except(en.Keys).Select(k => $"{folder}: '{k}' is missing in en"));
            foreach (var key in en.Keys.Intersect(zh.Keys))
            {
                var enPlaceholders = Placeholders(en[key]);
                var zhPlaceholders = Placeholders(zh[key]);
                if (!enPlaceholders.SetEquals(zhPlaceholders))
                {
                    problems.Add($"{folder}: '{key}' has placeholders {{{string.Join(",", enPlaceholders)}}} in en but {{{string.Join(",", zhPlaceholders)}}} in zh-Hans");
                }
            }
        }

        problems.ShouldBeEmpty();
    }

    /// <summary>
    /// The copy rules of docs/portal.md ("Copy"), also checked on the portal's texts: no Chinese in English texts; in
    /// Chinese texts full-width punctuation next to Chinese characters, 您 (not 你) and one word per concept.
    /// </summary>
    [Theory]
    [MemberData(nameof(ProductAssemblies))]
    public void Texts_follow_the_copy_rules(string assemblyName)
    {
        var problems = new List<string>();
        foreach (var (folder, byCulture) in ResourceSets(Assembly.Load(assemblyName)))
        {
            foreach (var (key, text) in byCulture.GetValueOrDefault("en") ?? [])
            {
                problems.AddRange(CopyRules.EnglishMistakes(text).Select(m => $"{folder} en '{key}': {m}"));
            }

            foreach (var (key, text) in byCulture.GetValueOrDefault("zh-Hans") ?? [])
            {
                problems.AddRange(CopyRules.ChineseMistakes(text).Select(m => $"{folder} zh-Hans '{key}': {m}"));
            }
        }

        problems.ShouldBeEmpty();
    }

    [Fact]
    public void The_copy_rules_catch_each_kind_of_mistake()
    {
        CopyRules.EnglishMistakes("Review (复盘)").ShouldBe(["Chinese in the English text"]);
        CopyRules.EnglishMistakes("Write the review before closing it.").ShouldBeEmpty();
        CopyRules.ChineseMistakes("已通过:{title}").ShouldBe(["half-width punctuation in Chinese text"]);
        CopyRules.ChineseMistakes("确定删除吗?").ShouldBe(["half-width punctuation in Chinese text"]);
        CopyRules.ChineseMistakes("你无权查看").ShouldBe(["\"你\" instead of \"您\""]);
        CopyRules.ChineseMistakes("已批准").ShouldBe(["\"已批准\" instead of \"已通过\""]);
        CopyRules.ChineseMistakes("已通过：{title}（SC-007, v2）").ShouldBeEmpty();
    }

    /// <summary>Texts per resource folder (e.g. "...Localization.Events") and culture.</summary>
    private static Dictionary<string, Dictionary<string, Dictionary<string, string>>> ResourceSets(Assembly assembly)
    {
        var sets = new Dictionary<string, Dictionary<string, Dictionary<string, string>>>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".Localization.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var json = JsonDocument.Parse(stream);
            var culture = json.RootElement.GetProperty("culture").GetString()!;
            var fileName = name[..^".json".Length];
            var folder = fileName.EndsWith("." + culture, StringComparison.Ordinal) ? fileName[..^(culture.Length + 1)] : fileName;
            if (!sets.TryGetValue(folder, out var byCulture))
            {
                sets[folder] = byCulture = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            }

            byCulture[culture] = json.RootElement.GetProperty("texts").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        }

        return sets;
    }

    private static HashSet<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
