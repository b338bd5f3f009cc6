using HandlebarsDotNet;
using Microsoft.Extensions.Caching.Memory;

namespace MarketingSaaS.Framework.TextTemplating;

/// <summary>
/// Compiled templates by culture and text: Handlebars compiles to expression trees, which costs far more than
/// rendering (every mail of a burst of registrations would compile the same text again). An edited text is a new
/// key; unused entries expire.
/// </summary>
public sealed class CompiledTemplateCache(IMemoryCache cache)
{
    private static readonly TimeSpan Unused = TimeSpan.FromMinutes(30);

    public HandlebarsTemplate<object, object> GetOrCompile(string culture, string content, Func<HandlebarsTemplate<object, object>> compile) =>
        cache.GetOrCreate(("template", culture, content), entry =>
        {
            entry.SlidingExpiration = Unused;
            return compile();
        })!;
}
