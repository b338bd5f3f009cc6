using Microsoft.Extensions.Localization;

namespace MarketingSaaS.Framework.Localization;

/// <summary>Every module's texts live in one key space, so every resource gets the same localizer.</summary>
public sealed class JsonStringLocalizerFactory(JsonStringLocalizer localizer) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => localizer;

    public IStringLocalizer Create(string baseName, string location) => localizer;
}
