using HandlebarsDotNet;

namespace MarketingSaaS.Framework.TextTemplating;

/// <summary>Tenant-written templates must never load partials from the file system (Handlebars.Net's default resolver).</summary>
internal sealed class NoPartialTemplateResolver : IPartialTemplateResolver
{
    public bool TryRegisterPartial(IHandlebars env, string? partialName, string? templatePath) => false;
}
