using System.Globalization;
using HandlebarsDotNet;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Localization;

namespace MarketingSaaS.Framework.TextTemplating;

/// <summary>
/// Renders templates with Handlebars.Net. Output is text (Markdown, plain-text mail), so nothing is HTML-escaped.
/// <c>{{L "Key"}}</c> prints a localized text of the rendering culture (<c>{{L "Key" arg0 arg1}}</c> fills {0}, {1}).
/// Errors in a template's text become a 422 naming the template and the line, never an unhandled exception.
/// </summary>
public sealed class HandlebarsTemplateRenderer(
    TemplateDefinitionManager definitions,
    TemplateContentProvider contents,
    LocalizationResourceRegistry localization,
    CompiledTemplateCache compiled) : ITemplateRenderer
{
    public async Task<string> RenderAsync(string name, object? model, string? culture = null, CancellationToken cancellationToken = default)
    {
        var definition = definitions.Get(name);
        var normalized = TemplateCultures.Normalize(culture);
        var content = await contents.GetCurrentAsync(definition, normalized, cancellationToken);
        return await RenderInLayoutAsync(definition, content, model, normalized, cancellationToken);
    }

    public async Task<string> RenderContentAsync(string name, string content, object? model, string? culture = null, CancellationToken cancellationToken = default) =>
        await RenderInLayoutAsync(definitions.Get(name), content, model, TemplateCultures.Normalize(culture), cancellationToken);

    public void CheckSyntax(string name, string content) => Compile(name, content, LocalizationResourceRegistry.DefaultCulture);

    private async Task<string> RenderInLayoutAsync(TemplateDefinition definition, string content, object? model, string culture, CancellationToken cancellationToken)
    {
        var body = Render(definition.Name, content, model, culture);
        if (definition.Layout is null)
        {
            return body;
        }

        var layout = definitions.Get(definition.Layout);
        var layoutContent = await contents.GetCurrentAsync(layout, culture, cancellationToken);
        return Render(layout.Name, layoutContent, new Dictionary<string, object?> { ["body"] = body, ["model"] = model }, culture);
    }

    private string Render(string name, string content, object? model, string culture)
    {
        var template = compiled.GetOrCompile(culture, content, () => Compile(name, content, culture));
        try
        {
            return template(model);
        }
        catch (HandlebarsException e)
        {
            throw Error(TextTemplatingErrorCodes.TemplateRenderError, name, content, e);
        }
    }

    private HandlebarsTemplate<object, object> Compile(string name, string content, string culture)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true, PartialTemplateResolver = new NoPartialTemplateResolver() });
        var texts = localization.GetTexts(CultureInfo.GetCultureInfo(culture));
        handlebars.RegisterHelper("L", (writer, _, arguments) =>
        {
            var key = arguments.Length > 0 ? Convert.ToString(arguments[0], CultureInfo.InvariantCulture) ?? "" : "";
            var text = texts.TryGetValue(key, out var value) ? value : key;
            for (var i = 1; i < arguments.Length; i++)
            {
                text = text.Replace("{" + (i - 1).ToString(CultureInfo.InvariantCulture) + "}", Convert.ToString(arguments[i], CultureInfo.GetCultureInfo(culture)), StringComparison.Ordinal);
            }

            writer.WriteSafeString(text);
        });
        try
        {
            return handlebars.Compile(content);
        }
        catch (HandlebarsException e)
        {
            throw Error(e is HandlebarsRuntimeException ? TextTemplatingErrorCodes.TemplateRenderError : TextTemplatingErrorCodes.TemplateSyntaxError, name, content, e);
        }
    }

    /// <summary>Data: template, line ("?" when unknown), column (1-based, absent when unknown), error.</summary>
    private static BusinessException Error(string code, string name, string content, HandlebarsException exception)
    {
        var position = TemplateErrorLocator.FindPosition(exception, content);
        var data = new Dictionary<string, object?>
        {
            ["template"] = name,
            ["line"] = position?.Line.ToString(CultureInfo.InvariantCulture) ?? "?",
            ["error"] = exception.Message.Split('\n')[0].Trim(),
        };
        if (position is { } known)
        {
            data["column"] = known.Column.ToString(CultureInfo.InvariantCulture);
        }

        return new BusinessException(code, data);
    }
}
