using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace MarketingSaaS.Framework.Localization;

/// <summary>
/// All texts of all modules, by culture. A module embeds files shaped
/// <c>{ "culture": "zh-Hans", "texts": { "Key": "Text" } }</c> under Localization/ and registers its assembly.
/// Keys are unique across modules by a module prefix (e.g. "Events:…").
/// </summary>
public sealed class LocalizationResourceRegistry
{
    public const string DefaultCulture = "en";

    public static readonly IReadOnlyList<string> SupportedCultures = ["zh-Hans", "en"];

    private readonly Dictionary<string, Dictionary<string, string>> _byCulture = new(StringComparer.OrdinalIgnoreCase);
    private FrozenDictionary<string, FrozenDictionary<string, string>>? _frozen;

    public void AddAssembly(Assembly assembly)
    {
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".Localization.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var file = JsonSerializer.Deserialize<ResourceFile>(stream, JsonSerializerOptions.Web)
                ?? throw new InvalidOperationException($"Localization resource '{name}' is empty.");
            if (!_byCulture.TryGetValue(file.Culture, out var texts))
            {
                _byCulture[file.Culture] = texts = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            foreach (var (key, value) in file.Texts)
            {
                texts[key] = value;
            }
        }

        _frozen = null;
    }

    /// <summary>The texts of the closest supported culture (zh-CN → zh-Hans, en-US → en).</summary>
    public IReadOnlyDictionary<string, string> GetTexts(CultureInfo culture)
    {
        var all = _frozen ??= _byCulture.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (all.TryGetValue(c.Name, out var texts) || all.TryGetValue(SimplifiedChineseAlias(c.Name), out texts))
            {
                return texts;
            }
        }

        return all.TryGetValue(DefaultCulture, out var fallback) ? fallback : FrozenDictionary<string, string>.Empty;
    }

    /// <summary>zh, zh-CN and zh-SG are written in simplified characters: our zh-Hans texts serve them.</summary>
    private static string SimplifiedChineseAlias(string name) =>
        name is "zh" or "zh-CN" or "zh-SG" ? "zh-Hans" : name;

    public IEnumerable<string> Cultures => _byCulture.Keys;

    public IEnumerable<string> KeysOf(string culture) => _byCulture.TryGetValue(culture, out var texts) ? texts.Keys : [];

    private sealed record ResourceFile(string Culture, Dictionary<string, string> Texts);
}
